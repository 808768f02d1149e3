package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.ApiProblem;
import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.shipment.ShipmentCsv.CsvRow;
import com.croftcraft.dskorder.shipment.ShipmentRecording.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the shipments of a bulk file row by row, each exactly as {@code POST
 * /api/orders/{orderNumber}/shipment} would and in a transaction of its own: a refused row changes
 * nothing and stops nothing, and every row's result is handed on as soon as it is known.
 */
@Component
class BulkShipments {

  private static final Logger log = LoggerFactory.getLogger(BulkShipments.class);

  private static final String UNREADABLE =
      "has characters the request's charset cannot read; name the file's charset (UTF-8 or"
          + " Windows-31J) in Content-Type";

  private final ShipmentRecording recording;

  BulkShipments(ShipmentRecording recording) {
    this.recording = recording;
  }

  /** Ships every row of the file and reports each to the results, then finishes them. */
  void ship(ShipmentCsv csv, BulkShipmentResults results) {
    long shipped = 0;
    long rejected = 0;
    ShipmentCsv.Unreadable stopped = null;

    try {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        RowResult result = ship(row.get());
        results.add(result);
        if (result.shipped()) {
          shipped++;
        } else {
          rejected++;
        }
      }
    } catch (ShipmentCsv.Unreadable e) {
      stopped = e;
    }

    results.finish(shipped, rejected, stopped);
    if (stopped == null) {
      log.info("Bulk shipment file read: {} rows shipped, {} rejected.", shipped, rejected);
    } else {
      log.warn(
          "Bulk shipment file unreadable from row {}: {} rows shipped, {} rejected before it.",
          stopped.row(),
          shipped,
          rejected);
    }
  }

  private RowResult ship(CsvRow row) {
    try {
      Shipment shipment = valid(row);
      recording.record(row.orderNumber(), shipment);
      return RowResult.shipped(row.row(), row.orderNumber());
    } catch (ApiProblem problem) {
      log.debug(
          "Row {} of a bulk shipment file, order {}, refused: {}.",
          row.row(),
          row.orderNumber(),
          problem.code());
      return RowResult.rejected(row.row(), row.orderNumber(), problem);
    } catch (RuntimeException e) {
      log.error(
          "Row {} of a bulk shipment file, order {}, failed; the other rows go on.",
          row.row(),
          row.orderNumber(),
          e);
      return RowResult.failed(row.row(), row.orderNumber());
    }
  }

  /** The checks of the single-order endpoint, and those only a file needs, naming every field. */
  private Shipment valid(CsvRow row) {
    if (row.isMalformed()) {
      throw InvalidInput.of("row", row.malformed());
    }

    List<FieldProblem> problems = new ArrayList<>();
    if (row.orderNumber() == null) {
      problems.add(new FieldProblem(ShipmentCsv.ORDER_NUMBER, "is required"));
    }
    unreadable(ShipmentCsv.ORDER_NUMBER, row.orderNumber(), problems);
    unreadable(ShipmentCsv.TRACKING_NUMBER, row.trackingNumber(), problems);
    unreadable(ShipmentCsv.SHIPPED_ON, row.shippedOn(), problems);
    unreadable(ShipmentCsv.CARRIER, row.carrier(), problems);

    Shipment shipment = null;
    try {
      shipment =
          recording.valid(
              new ShipmentRequest(row.trackingNumber(), row.shippedOn(), row.carrier()));
    } catch (InvalidInput invalid) {
      invalid.errors().stream()
          .filter(error -> problems.stream().noneMatch(p -> p.field().equals(error.field())))
          .forEach(problems::add);
    }

    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return shipment;
  }

  /** A character the decoder could not read became U+FFFD: the file is in another charset. */
  private static void unreadable(String field, String value, List<FieldProblem> problems) {
    if (value != null && value.indexOf('\uFFFD') >= 0) {
      problems.add(new FieldProblem(field, UNREADABLE));
    }
  }
}
