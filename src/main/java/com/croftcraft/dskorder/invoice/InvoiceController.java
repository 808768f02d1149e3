package com.croftcraft.dskorder.invoice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/invoices/enclosed.csv}: the invoices the shop encloses in its parcels. The body
 * is complete before the first byte is sent, and the invoices are marked printed only after the
 * client took all of it, so a failed download leaves them to the next one.
 *
 * <p>The body goes out chunked, without a {@code Content-Length}: its end reaches the client only
 * when the controller returns, after the mark. A client that received the whole CSV therefore sees
 * the invoices printed on its next request. A mark that fails leaves them unprinted: they come
 * again, never go missing.
 */
@RestController
class InvoiceController {

  private static final Logger log = LoggerFactory.getLogger(InvoiceController.class);

  /** Names the orders whose rows show 〓 for characters the charset cannot write. */
  static final String UNENCODABLE = "X-Unencodable-Characters";

  /** How many order numbers {@link #UNENCODABLE} lists at most; the log names all. */
  static final int UNENCODABLE_LISTED = 100;

  private final EnclosedInvoices invoices;

  InvoiceController(EnclosedInvoices invoices) {
    this.invoices = invoices;
  }

  @GetMapping("/api/invoices/enclosed.csv")
  void enclosed(
      @RequestParam(required = false) String charset,
      @RequestParam(defaultValue = "false") boolean all,
      HttpServletResponse response) {
    InvoiceSheet sheet = invoices.collect(all, CsvCharset.named(charset));

    response.setContentType(sheet.charset().contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dsk-enclosed-invoices.csv\"");
    if (!sheet.replaced().isEmpty()) {
      response.setHeader(UNENCODABLE, listed(sheet));
    }

    try {
      response.getOutputStream().write(sheet.body());
      response.flushBuffer();
    } catch (IOException e) {
      log.warn(
          "The enclosed invoice CSV with {} invoices did not reach the client ({}); none is marked"
              + " printed, the next download carries them again.",
          sheet.orderNumbers().size(),
          e.toString());
      return;
    }

    try {
      invoices.markPrinted(sheet);
    } catch (RuntimeException e) {
      log.error(
          "The enclosed invoice CSV with {} invoices was sent, but marking them printed failed;"
              + " they stay unprinted and the next download carries them again.",
          sheet.orderNumbers().size(),
          e);
    }
  }

  private static String listed(InvoiceSheet sheet) {
    return String.join(
        ",", sheet.replaced().stream().distinct().limit(UNENCODABLE_LISTED).toList());
  }
}
