package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.sandbox.SandboxTransaction.AuthorResult;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The sandbox's record of a transaction as its admin endpoints show it. Names and addresses are
 * left out.
 *
 * @param state {@code REGISTERED}, {@code SHIPPED}, {@code CANCELLED} or {@code
 *     CHANGED_IN_ADMIN_SCREEN}
 * @param result what an inquiry answers now
 * @param decision the decision, published or not
 */
record SandboxTransactionView(
    String transactionId,
    String shopTransactionId,
    String state,
    String result,
    String decision,
    OffsetDateTime resultSince,
    long billedAmount,
    int paymentType,
    Shipment shipment,
    boolean cancelled,
    boolean changedInAdminScreen,
    List<Request> requests) {

  /** The reported shipment. */
  record Shipment(String pdCompanyCode, String slipNo, String shippedDate) {}

  /** A request answered about the transaction. */
  record Request(String operation, String answer, OffsetDateTime receivedAt) {}

  static SandboxTransactionView of(
      SandboxTransaction record, AuthorResult result, List<SeenRequest> seen, ZoneId zone) {
    Shipment shipment =
        record.shipped()
            ? new Shipment(record.pdCompanyCode(), record.slipNo(), record.shippedDate().toString())
            : null;
    List<Request> requests =
        seen.stream()
            .map(
                request ->
                    new Request(
                        request.operation(),
                        request.answer(),
                        request.receivedAt().atZone(zone).toOffsetDateTime()))
            .toList();

    return new SandboxTransactionView(
        record.transactionId(),
        record.shopTransactionId(),
        state(record),
        result.authorResult(),
        record.decision(),
        result.authoriDate().atZone(zone).toOffsetDateTime(),
        record.billedAmount(),
        record.paymentType(),
        shipment,
        record.cancelled(),
        record.changedInAdminScreen(),
        requests);
  }

  private static String state(SandboxTransaction record) {
    if (record.changedInAdminScreen()) {
      return "CHANGED_IN_ADMIN_SCREEN";
    }
    if (record.cancelled()) {
      return "CANCELLED";
    }
    return record.shipped() ? "SHIPPED" : "REGISTERED";
  }
}
