package com.croftcraft.dskorder.dsk;

import java.time.LocalDate;
import java.util.List;

/**
 * The data the shop prints on an invoice enclosed in the parcel (請求書同梱).
 *
 * @param transactionId DSK's id
 * @param shopTransactionId the shop's order number
 * @param invoiceCode DSK's invoice number
 * @param barcode the convenience-store barcode digits ({@code invoiceBarCode})
 * @param fullName the buyer's name
 * @param zipCode the buyer's zip code as DSK prints it
 * @param address1 the prefecture
 * @param address2 city, ward or town
 * @param address3 the rest of the address
 * @param billedAmount the amount due in yen, tax included
 * @param tax the consumption tax included in {@code billedAmount}
 * @param issuedOn the invoice date ({@code invoiceStartDate})
 * @param dueOn the due date ({@code timeOfReceipts})
 * @param details the lines as registered
 */
public record Invoice(
    String transactionId,
    String shopTransactionId,
    String invoiceCode,
    String barcode,
    String fullName,
    String zipCode,
    String address1,
    String address2,
    String address3,
    long billedAmount,
    long tax,
    LocalDate issuedOn,
    LocalDate dueOn,
    List<DskDetail> details) {

  public Invoice {
    details = List.copyOf(details);
  }

  @Override
  public String toString() {
    return "Invoice[transactionId=%s, shopTransactionId=%s, billedAmount=%d, dueOn=%s]"
        .formatted(transactionId, shopTransactionId, billedAmount, dueOn);
  }
}
