package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.sandbox.SandboxOrder.Contact;
import com.croftcraft.dskorder.sandbox.SandboxOrder.Detail;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The data a 同梱 merchant prints on the invoice it puts into the parcel. Codes are derived from the
 * transaction, and the start date is fixed at the first request, so asking again returns the same
 * data.
 *
 * <p>The sandbox's bar code (44 digits) reads: {@code 91}, a collector code {@code 912345}, the
 * 16-digit invoice code, the due date as {@code yyMMdd}, a stamp-duty flag {@code 0}, the amount in
 * 6 digits, six zeros and a modulus-10 check digit (weights 3 and 1 from the right).
 */
final class InvoicePrintData {

  private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
  private static final DateTimeFormatter BAR_CODE_DATE = DateTimeFormatter.ofPattern("uuMMdd");
  private static final int DAYS_TO_PAY = 14;

  private InvoicePrintData() {}

  /** Writes one {@code <invoice>} element. */
  static void write(
      ResponseXml xml, SandboxTransaction record, SandboxOrder order, LocalDate start) {
    LocalDate due = start.plusDays(DAYS_TO_PAY);
    String invoiceCode = invoiceCode(record.transactionId());
    Contact buyer = order.buyer();

    xml.open("invoice")
        .element("transactionId", record.transactionId())
        .element("shopTransactionId", record.shopTransactionId())
        .element("invoiceCode", invoiceCode)
        .element("invoiceBarCode", barCode(invoiceCode, due, order.billedAmount()))
        .element("fullName", buyer.fullName())
        .element("zipCode", buyer.zipCode())
        .element("address1", buyer.address1())
        .element("address2", buyer.address2())
        .element("address3", buyer.address3())
        .element("billedAmount", order.billedAmount())
        .element("tax", tax(order.billedAmount()))
        .element("invoiceStartDate", JAPANESE_DATE.format(start))
        .element("timeOfReceipts", JAPANESE_DATE.format(due));

    xml.open("details");
    for (Detail detail : order.details()) {
      xml.open("detail")
          .element("detailName", detail.detailName())
          .element("detailPrice", detail.detailPrice())
          .element("detailQuantity", detail.detailQuantity())
          .close("detail");
    }
    xml.close("details").close("invoice");
  }

  /** The consumption tax included in the amount at 10 %, rounded down. */
  static long tax(long billedAmount) {
    return Math.floorDiv(billedAmount * 10, 110);
  }

  static String invoiceCode(String transactionId) {
    return "%016d".formatted(Long.parseLong(transactionId));
  }

  static String barCode(String invoiceCode, LocalDate due, long billedAmount) {
    String digits =
        "91"
            + "912345"
            + invoiceCode
            + BAR_CODE_DATE.format(due)
            + "0"
            + "%06d".formatted(billedAmount)
            + "000000";
    return digits + checkDigit(digits);
  }

  private static int checkDigit(String digits) {
    int sum = 0;
    for (int index = 0; index < digits.length(); index++) {
      int digit = digits.charAt(digits.length() - 1 - index) - '0';
      sum += index % 2 == 0 ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
  }
}
