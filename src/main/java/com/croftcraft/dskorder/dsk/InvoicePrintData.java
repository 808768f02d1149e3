package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * What DSK answered to a request for invoice print data (請求書印字データ): one invoice per qualifying
 * transaction and one error, with the transaction id as {@code item}, per other.
 */
public record InvoicePrintData(List<Invoice> invoices, List<DskError> errors) {

  public InvoicePrintData {
    invoices = List.copyOf(invoices);
    errors = List.copyOf(errors);
  }
}
