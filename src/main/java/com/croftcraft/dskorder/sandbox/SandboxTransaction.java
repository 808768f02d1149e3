package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.credit.InquirySlots;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A transaction registered with the sandbox: the order as last accepted (JSON), its credit review,
 * the shipment report, the cancellation and the invoice print data's start date.
 */
@Entity
@Table(name = "dsk_sandbox_transaction")
class SandboxTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dskSandboxTransactionId")
  @SequenceGenerator(
      name = "dskSandboxTransactionId",
      sequenceName = "dsk_sandbox_transaction_seq",
      allocationSize = 1)
  @Column(name = "transaction_id")
  private Long id;

  @Column(name = "shop_transaction_id", nullable = false, unique = true, length = 40)
  private String shopTransactionId;

  @Column(name = "order_data", nullable = false, length = 200_000)
  private String orderData;

  @Column(name = "billed_amount", nullable = false)
  private long billedAmount;

  @Column(name = "payment_type", nullable = false)
  private int paymentType;

  @Column(name = "decision", nullable = false, length = 2)
  private String decision;

  @Column(name = "hold_answer", length = 8)
  private String holdAnswer;

  @Column(name = "hold_reason_code", length = 8)
  private String holdReasonCode;

  @Column(name = "hold_reason", length = 100)
  private String holdReason;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "pd_company_code", length = 2)
  private String pdCompanyCode;

  @Column(name = "slip_no", length = 20)
  private String slipNo;

  @Column(name = "shipped_date")
  private LocalDate shippedDate;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "changed_in_admin_screen_at")
  private Instant changedInAdminScreenAt;

  @Column(name = "invoice_start_date")
  private LocalDate invoiceStartDate;

  protected SandboxTransaction() {}

  SandboxTransaction(String shopTransactionId, Instant now) {
    this.shopTransactionId = shopTransactionId;
    this.registeredAt = now;
  }

  /** Takes the order as accepted: the JSON of the whole order and the fields read often. */
  void accept(String orderData, long billedAmount, int paymentType) {
    this.orderData = orderData;
    this.billedAmount = billedAmount;
    this.paymentType = paymentType;
  }

  /** Starts over with a new credit review made now. */
  void review(CreditReview review, Instant now) {
    this.decision = review.decision();
    this.holdAnswer = review.holdAnswer();
    this.holdReasonCode = review.reasonCode();
    this.holdReason = review.reason();
    this.reviewedAt = now;
  }

  /**
   * What an inquiry answers at the given instant: a held decision is published at the first inquiry
   * slot after it was held.
   */
  AuthorResult resultAt(Instant now, InquirySlots slots) {
    if (holdAnswer == null) {
      return new AuthorResult(decision, reviewedAt, null, null);
    }

    Instant published = slots.nextAfter(reviewedAt).toInstant();
    if (!published.isAfter(now)) {
      return new AuthorResult(decision, published, null, null);
    }
    return new AuthorResult(holdAnswer, reviewedAt, holdReasonCode, holdReason);
  }

  void reportShipment(String pdCompanyCode, String slipNo, LocalDate shippedDate) {
    this.pdCompanyCode = pdCompanyCode;
    this.slipNo = slipNo;
    this.shippedDate = shippedDate;
  }

  boolean sameShipment(String otherCompanyCode, String otherSlipNo, LocalDate otherDate) {
    return Objects.equals(pdCompanyCode, otherCompanyCode)
        && Objects.equals(digits(slipNo), digits(otherSlipNo))
        && Objects.equals(shippedDate, otherDate);
  }

  void cancel(Instant now) {
    this.cancelledAt = now;
  }

  void changeInAdminScreen(Instant now) {
    this.changedInAdminScreenAt = now;
  }

  /** Fixes the invoice's start date at the first request for its print data. */
  LocalDate invoiceStartDate(LocalDate today) {
    if (invoiceStartDate == null) {
      invoiceStartDate = shipped() ? shippedDate : today;
    }
    return invoiceStartDate;
  }

  String transactionId() {
    return String.valueOf(id);
  }

  String shopTransactionId() {
    return shopTransactionId;
  }

  String orderData() {
    return orderData;
  }

  long billedAmount() {
    return billedAmount;
  }

  int paymentType() {
    return paymentType;
  }

  String decision() {
    return decision;
  }

  boolean shipped() {
    return shippedDate != null;
  }

  String pdCompanyCode() {
    return pdCompanyCode;
  }

  String slipNo() {
    return slipNo;
  }

  LocalDate shippedDate() {
    return shippedDate;
  }

  boolean cancelled() {
    return cancelledAt != null;
  }

  boolean changedInAdminScreen() {
    return changedInAdminScreenAt != null;
  }

  Instant registeredAt() {
    return registeredAt;
  }

  private static String digits(String text) {
    return text == null ? null : text.replaceAll("[^0-9]", "");
  }

  /**
   * An inquiry's answer.
   *
   * @param authorResult {@code OK}, {@code NG}, {@code HOLD} or {@code 保留}
   * @param authoriDate when the result was reached
   * @param reasonCode the hold reason's code while held
   * @param reason the hold reason while held
   */
  record AuthorResult(String authorResult, Instant authoriDate, String reasonCode, String reason) {

    boolean ok() {
      return CreditReview.OK.equals(authorResult);
    }
  }
}
