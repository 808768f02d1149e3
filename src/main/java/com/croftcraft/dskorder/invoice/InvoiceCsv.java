package com.croftcraft.dskorder.invoice;

import com.croftcraft.dskorder.dsk.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes invoice print data as the CSV of {@code service-api.md}, one row per invoice. */
final class InvoiceCsv {

  static final List<String> HEADER =
      List.of(
          "orderNumber",
          "transactionId",
          "invoiceCode",
          "barcode",
          "name",
          "postalCode",
          "address1",
          "address2",
          "address3",
          "amount",
          "tax",
          "issuedOn",
          "dueOn");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private InvoiceCsv() {}

  /** An invoice and the order number the shop knows it by. */
  record Row(String orderNumber, Invoice invoice) {

    List<String> values() {
      return List.of(
          orderNumber,
          invoice.transactionId(),
          invoice.invoiceCode(),
          invoice.barcode(),
          text(invoice.fullName()),
          text(invoice.zipCode()),
          text(invoice.address1()),
          text(invoice.address2()),
          text(invoice.address3()),
          Long.toString(invoice.billedAmount()),
          Long.toString(invoice.tax()),
          invoice.issuedOn().toString(),
          invoice.dueOn().toString());
    }

    private static String text(String value) {
      return value == null ? "" : value;
    }
  }

  /**
   * The columns of one order's row in which characters were replaced by 〓.
   *
   * @param columns such as {@code name} and {@code address3}
   */
  record Replaced(String orderNumber, String transactionId, List<String> columns) {}

  /** The whole CSV, encoded, and where the charset could not write a character. */
  record Written(byte[] body, List<Replaced> replaced) {}

  static Written write(List<Row> rows, CsvCharset charset) {
    StringBuilder text = new StringBuilder();
    List<Replaced> replaced = new ArrayList<>();

    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      for (Row row : rows) {
        List<String> values = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> raw = row.values();
        for (int column = 0; column < raw.size(); column++) {
          CsvCharset.Fitted fitted = charset.fit(raw.get(column));
          values.add(fitted.text());
          if (fitted.replaced()) {
            columns.add(HEADER.get(column));
          }
        }

        printer.printRecord(values);
        if (!columns.isEmpty()) {
          replaced.add(new Replaced(row.orderNumber(), row.invoice().transactionId(), columns));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    return new Written(encode(text, charset), replaced);
  }

  /** Encodes the fitted text; every character fits, so a failure here is a bug. */
  private static byte[] encode(CharSequence text, CsvCharset charset) {
    try {
      ByteBuffer encoded =
          charset
              .charset()
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] body = new byte[encoded.remaining()];
      encoded.get(body);
      return body;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("A fitted CSV does not encode in " + charset, e);
    }
  }
}
