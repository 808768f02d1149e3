package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.Problems;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the answer to a bulk shipment file as the rows are done, so that it never holds more than
 * one row's result: {@code {"results": [...], "shipped": n, "rejected": m}}, and an {@code error}
 * when the file could not be read to its end.
 */
final class BulkShipmentResults {

  /** Rows between two flushes: the caller sees progress without a network packet per row. */
  private static final int FLUSH_EVERY = 100;

  private final JsonGenerator json;
  private final ObjectWriter rows;
  private long written;

  /** Starts the answer on the generator; {@code rows} writes one result without flushing. */
  BulkShipmentResults(JsonGenerator json, ObjectWriter rows) {
    this.json = json;
    this.rows = rows;
    write(
        () -> {
          json.writeStartObject();
          json.writeArrayFieldStart("results");
        });
  }

  void add(RowResult result) {
    write(
        () -> {
          rows.writeValue(json, result);
          written++;
          if (written % FLUSH_EVERY == 0) {
            json.flush();
          }
        });
  }

  /** Ends the answer with the counts, and why reading stopped when it did before the end. */
  void finish(long shipped, long rejected, ShipmentCsv.Unreadable stopped) {
    write(
        () -> {
          json.writeEndArray();
          json.writeNumberField("shipped", shipped);
          json.writeNumberField("rejected", rejected);
          if (stopped != null) {
            json.writeObjectFieldStart("error");
            json.writeStringField("type", Problems.TYPE_BASE + "unreadable-csv");
            json.writeStringField("title", "Unreadable CSV");
            json.writeStringField("detail", stopped.getMessage());
            json.writeNumberField("row", stopped.row());
            json.writeEndObject();
          }
          json.writeEndObject();
          json.flush();
        });
  }

  private interface Step {
    void run() throws IOException;
  }

  private static void write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The caller no longer reads the bulk shipment results.", e);
    }
  }
}
