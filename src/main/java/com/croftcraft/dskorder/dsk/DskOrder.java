package com.croftcraft.dskorder.dsk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An order as DSK registers it (注文情報登録) and modifies it (注文情報修正).
 *
 * @param shopTransactionId the shop's order number, unique for good
 * @param orderDate the day the buyer ordered
 * @param buyer who pays, and where the parcel goes unless {@code deliveryCustomer} is given
 * @param email the buyer's address, or {@code null}
 * @param deliveryCustomer another delivery address, or {@code null} for the buyer's
 * @param billedAmount the total in yen including tax, the sum of the detail lines
 * @param invoiceDelivery how the invoice reaches the buyer (DSK's {@code paymentType})
 * @param details the lines, shipping and fees included; 1 to 100
 */
public record DskOrder(
    String shopTransactionId,
    LocalDate orderDate,
    DskContact buyer,
    String email,
    DskContact deliveryCustomer,
    long billedAmount,
    InvoiceDelivery invoiceDelivery,
    List<DskDetail> details) {

  public DskOrder {
    Objects.requireNonNull(shopTransactionId, "shopTransactionId");
    Objects.requireNonNull(orderDate, "orderDate");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(invoiceDelivery, "invoiceDelivery");
    details = List.copyOf(details);
  }
}
