package com.croftcraft.dskorder.invoice;

import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskError;
import com.croftcraft.dskorder.dsk.DskRefused;
import com.croftcraft.dskorder.dsk.DskUnavailable;
import com.croftcraft.dskorder.dsk.Invoice;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import com.croftcraft.dskorder.dsk.InvoicePrintData;
import com.croftcraft.dskorder.order.CreditStatus;
import com.croftcraft.dskorder.order.OrderStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enclosed invoices the shop has not printed yet: their print data from DSK as one CSV, and the
 * printed mark once the shop has the CSV.
 *
 * <p>Building the CSV changes nothing; {@link #markPrinted} is called only after the body was
 * handed to the client, in a transaction of its own, and marks only invoices not marked yet. Two
 * downloads at once may therefore both carry the same invoices; a failed one leaves them unmarked.
 */
@Service
class EnclosedInvoices {

  private static final Logger log = LoggerFactory.getLogger(EnclosedInvoices.class);

  /** DSK's limit of transactions per print data request. */
  static final int BATCH_SIZE = 100;

  private static final Set<OrderStatus> CLOSED =
      EnumSet.of(OrderStatus.CANCELLED, OrderStatus.PAYMENT_METHOD_CHANGED);

  /** How many orders a single update marks: a bound on the size of its {@code in} list. */
  private static final int MARK_CHUNK = 500;

  private final PrintableOrders orders;
  private final DskClient dsk;

  EnclosedInvoices(PrintableOrders orders, DskClient dsk) {
    this.orders = orders;
    this.dsk = dsk;
  }

  /**
   * The CSV of the open enclosed orders with credit OK not printed yet, or with {@code printedToo}
   * of the printed ones as well. Orders DSK has no print data for are left out.
   *
   * @throws DskUnavailable when a request to DSK failed (answered 503 by the shared handler)
   * @throws InvoiceProblems.DskRefused when DSK refused a request as a whole
   */
  InvoiceSheet collect(boolean printedToo, CsvCharset charset) {
    List<PrintableOrder> printable =
        orders.find(InvoiceDelivery.ENCLOSED, CreditStatus.OK, CLOSED, printedToo);
    Map<String, String> orderByTransaction = new LinkedHashMap<>();
    printable.forEach(order -> orderByTransaction.put(order.transactionId(), order.orderNumber()));

    List<InvoiceCsv.Row> rows = new ArrayList<>();
    List<String> transactionIds = List.copyOf(orderByTransaction.keySet());
    for (int from = 0; from < transactionIds.size(); from += BATCH_SIZE) {
      List<String> batch =
          transactionIds.subList(from, Math.min(from + BATCH_SIZE, transactionIds.size()));
      rows.addAll(rows(fetch(batch), batch, orderByTransaction));
    }

    InvoiceCsv.Written written = InvoiceCsv.write(rows, charset);
    written.replaced().forEach(EnclosedInvoices::warnOfReplaced);

    return new InvoiceSheet(
        written.body(),
        charset,
        rows.stream().map(InvoiceCsv.Row::orderNumber).toList(),
        written.replaced().stream().map(InvoiceCsv.Replaced::orderNumber).toList());
  }

  /**
   * Marks the invoices of the sheet printed, those another download marked already excepted.
   *
   * @return how many this call marked
   */
  @Transactional
  int markPrinted(InvoiceSheet sheet) {
    List<String> orderNumbers = sheet.orderNumbers();
    int marked = 0;

    for (int from = 0; from < orderNumbers.size(); from += MARK_CHUNK) {
      marked +=
          orders.markPrinted(
              orderNumbers.subList(from, Math.min(from + MARK_CHUNK, orderNumbers.size())));
    }

    log.info(
        "Enclosed invoice CSV with {} invoices sent to the client; {} of their orders are marked"
            + " printed now, {} were marked before.",
        orderNumbers.size(),
        marked,
        orderNumbers.size() - marked);
    return marked;
  }

  private InvoicePrintData fetch(List<String> batch) {
    try {
      return dsk.fetchInvoicePrintData(batch);
    } catch (DskUnavailable e) {
      log.warn(
          "DSK unavailable for the print data of {} transactions ({}); the download is refused"
              + " and no invoice is marked printed.",
          batch.size(),
          e.getMessage());
      throw e;
    } catch (DskRefused e) {
      log.error(
          "DSK refused the print data request for {} transactions: {}; the download is refused"
              + " and no invoice is marked printed.",
          batch.size(),
          e.errors());
      throw new InvoiceProblems.DskRefused(codes(e.errors()));
    }
  }

  private static List<InvoiceCsv.Row> rows(
      InvoicePrintData data, List<String> batch, Map<String, String> orderByTransaction) {
    List<InvoiceCsv.Row> rows = new ArrayList<>();
    Set<String> answered = new HashSet<>();

    for (DskError error : data.errors()) {
      answered.add(error.item());
      log.warn(
          "DSK has no invoice print data for order {} (transaction {}): {} {}; the order is left"
              + " out of the CSV and stays unprinted.",
          orderByTransaction.get(error.item()),
          error.item(),
          error.code(),
          error.message());
    }

    for (Invoice invoice : data.invoices()) {
      String orderNumber = orderByTransaction.get(invoice.transactionId());
      if (orderNumber == null || !batch.contains(invoice.transactionId())) {
        log.warn(
            "DSK sent invoice print data for transaction {} (order {}), which was not asked for;"
                + " it is left out.",
            invoice.transactionId(),
            invoice.shopTransactionId());
        continue;
      }
      answered.add(invoice.transactionId());
      rows.add(new InvoiceCsv.Row(orderNumber, invoice));
    }

    batch.stream()
        .filter(transactionId -> !answered.contains(transactionId))
        .forEach(
            transactionId ->
                log.warn(
                    "DSK answered neither print data nor an error for order {} (transaction {});"
                        + " the order is left out of the CSV and stays unprinted.",
                    orderByTransaction.get(transactionId),
                    transactionId));
    return rows;
  }

  private static void warnOfReplaced(InvoiceCsv.Replaced replaced) {
    log.warn(
        "Order {} (transaction {}) has characters Windows-31J cannot write in {}; the CSV shows"
            + " them as 〓. Download it with charset=UTF-8&all=true to read them.",
        replaced.orderNumber(),
        replaced.transactionId(),
        replaced.columns());
  }

  private static String codes(List<DskError> errors) {
    return String.join(", ", errors.stream().map(DskError::code).toList());
  }
}
