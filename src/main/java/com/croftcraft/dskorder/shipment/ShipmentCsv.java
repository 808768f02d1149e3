package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A bulk shipment file read row by row as it arrives: nothing but the current row is held. Columns
 * are found by their header name (any order, any case; other columns are ignored). Row numbers
 * count the header as row 1; empty lines are skipped and not counted, as Commons CSV does.
 *
 * <p>A row the parser can read past (a quoted value followed by other characters) comes back
 * {@linkplain CsvRow#malformed() malformed}. A quoted value that is never closed swallows the rest
 * of the file, and a row longer than {@value #MAX_ROW_CHARS} characters is refused before it fills
 * the memory: both end the reading with {@link Unreadable}.
 */
final class ShipmentCsv implements Closeable {

  static final String ORDER_NUMBER = "orderNumber";
  static final String TRACKING_NUMBER = "trackingNumber";
  static final String SHIPPED_ON = "shippedOn";
  static final String CARRIER = "carrier";

  static final int MAX_ROW_CHARS = 100_000;

  private static final char BOM = '\uFEFF';

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setTrim(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
          .get();

  private final CSVParser parser;
  private final RowSizeLimit limit;
  private final Iterator<CSVRecord> records;
  private final int columns;

  /** Record number of the last row the parser failed on; the rest of that line is skipped. */
  private long failedRecord;

  private ShipmentCsv(CSVParser parser, RowSizeLimit limit) {
    this.parser = parser;
    this.limit = limit;
    this.records = parser.iterator();
    this.columns = parser.getHeaderNames().size();
  }

  /** One row: the values of the four columns (blank ones null), or why it could not be read. */
  record CsvRow(
      long row,
      String orderNumber,
      String trackingNumber,
      String shippedOn,
      String carrier,
      String malformed) {

    boolean isMalformed() {
      return malformed != null;
    }

    static CsvRow malformed(long row, String why) {
      return new CsvRow(row, null, null, null, null, why);
    }
  }

  /** Reading stopped at this row; the rows before it were read. */
  static final class Unreadable extends RuntimeException {

    private final long row;

    Unreadable(long row, String detail) {
      super(detail);
      this.row = row;
    }

    long row() {
      return row;
    }
  }

  /**
   * Reads the header from the body.
   *
   * @throws InvalidInput when the header cannot be read or lacks a required column
   */
  static ShipmentCsv open(Reader body) throws IOException {
    RowSizeLimit limit = new RowSizeLimit(withoutBom(body));
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(limit).setFormat(FORMAT).get();
    } catch (CSVException | RowTooLong | UncheckedIOException e) {
      throw InvalidInput.of("header", "is not a readable CSV row");
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("header", "names a column twice");
    }

    ShipmentCsv csv = new ShipmentCsv(parser, limit);
    csv.requireColumns();
    return csv;
  }

  /** An empty body has no header and no rows; a header without rows has none either. */
  private boolean isEmpty() {
    return columns == 0;
  }

  /**
   * The next row, or empty at the end of the file.
   *
   * @throws Unreadable when the rest of the file cannot be read
   */
  Optional<CsvRow> next() {
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        return Optional.of(failed(e));
      }

      limit.rowRead();
      if (record.getRecordNumber() <= failedRecord || blank(record)) {
        continue;
      }
      return Optional.of(row(record));
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private void requireColumns() {
    if (isEmpty()) {
      return;
    }

    Map<String, Integer> header = parser.getHeaderMap();
    List<FieldProblem> missing = new ArrayList<>();
    for (String column : List.of(ORDER_NUMBER, TRACKING_NUMBER)) {
      if (!header.containsKey(column)) {
        missing.add(new FieldProblem(column, "is a required column missing from the header"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInput(missing);
    }
  }

  private CsvRow row(CSVRecord record) {
    long row = record.getRecordNumber() + 1;
    if (record.size() > columns) {
      return CsvRow.malformed(
          row, "has %d values; the header names %d columns".formatted(record.size(), columns));
    }

    return new CsvRow(
        row,
        value(record, ORDER_NUMBER),
        value(record, TRACKING_NUMBER),
        value(record, SHIPPED_ON),
        value(record, CARRIER),
        null);
  }

  /**
   * The parser failed inside a row. It can go on after most errors, reading the rest of the line as
   * a record of the same number, which is skipped; after a quoted value that never closes it is at
   * the end of the file, and after an overlong row nothing after it is trusted.
   */
  private CsvRow failed(UncheckedIOException e) {
    long record = parser.getRecordNumber() + 1;
    long row = record + 1;
    IOException cause = e.getCause();

    if (cause instanceof RowTooLong) {
      throw new Unreadable(
          row,
          "Row %d is longer than %,d characters; rows from there on were not read."
              .formatted(row, MAX_ROW_CHARS));
    }
    if (!(cause instanceof CSVException)) {
      throw e;
    }
    if (cause.getMessage() != null && cause.getMessage().contains("EOF reached")) {
      throw new Unreadable(
          row,
          "Row %d opens a quoted value that is never closed; rows from there on were not read."
              .formatted(row));
    }

    failedRecord = record;
    limit.rowRead();
    return CsvRow.malformed(row, "is not valid CSV: " + cause.getMessage());
  }

  private static boolean blank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  private static String value(CSVRecord record, String column) {
    if (!record.isSet(column)) {
      return null;
    }

    String value = record.get(column);
    return value.isBlank() ? null : value;
  }

  private static Reader withoutBom(Reader body) throws IOException {
    PushbackReader reader = new PushbackReader(body, 1);
    int first = reader.read();
    if (first != -1 && first != BOM) {
      reader.unread(first);
    }
    return reader;
  }

  /** The characters read since the last row, refused past {@link #MAX_ROW_CHARS}. */
  private static final class RowSizeLimit extends FilterReader {

    private long sinceLastRow;

    RowSizeLimit(Reader in) {
      super(in);
    }

    void rowRead() {
      sinceLastRow = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c == -1 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      count(Math.max(read, 0));
      return read;
    }

    private void count(int read) throws RowTooLong {
      sinceLastRow += read;
      if (sinceLastRow > MAX_ROW_CHARS) {
        throw new RowTooLong();
      }
    }
  }

  private static final class RowTooLong extends IOException {
    RowTooLong() {
      super("A row is longer than " + MAX_ROW_CHARS + " characters.");
    }
  }
}
