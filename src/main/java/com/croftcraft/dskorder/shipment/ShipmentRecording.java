package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.CreditStatus;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderChanges;
import com.croftcraft.dskorder.order.OrderProblems;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.OrderView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records that an order shipped and lets its process report the shipment to DSK. Everything is
 * checked before anything changes; the same shipment again changes nothing.
 */
@Service
public class ShipmentRecording {

  private static final Logger log = LoggerFactory.getLogger(ShipmentRecording.class);

  private final OrderChanges changes;
  private final RuntimeService runtimeService;
  private final DskProperties dsk;
  private final Clock clock;

  ShipmentRecording(
      OrderChanges changes, RuntimeService runtimeService, DskProperties dsk, Clock clock) {
    this.changes = changes;
    this.runtimeService = runtimeService;
    this.dsk = dsk;
    this.clock = clock;
  }

  /** A valid shipment: the tracking number normalised, the date and carrier when given. */
  record Shipment(String trackingNumber, LocalDate shippedOn, Carrier carrier) {}

  /**
   * Checks a shipment request as the cart sent it.
   *
   * @throws InvalidInput naming every bad field
   */
  Shipment valid(ShipmentRequest request) {
    List<FieldProblem> problems = new ArrayList<>();

    Optional<String> trackingNumber = TrackingNumbers.normalise(request.trackingNumber());
    if (request.trackingNumber() == null || request.trackingNumber().isBlank()) {
      problems.add(new FieldProblem("trackingNumber", "is required"));
    } else if (trackingNumber.isEmpty()) {
      problems.add(new FieldProblem("trackingNumber", "must be 1 to 20 digits and hyphens"));
    }

    LocalDate shippedOn = null;
    if (request.shippedOn() != null && !request.shippedOn().isBlank()) {
      try {
        shippedOn = LocalDate.parse(request.shippedOn().strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("shippedOn", "must be a date such as 2026-12-04"));
      }
    }

    Carrier carrier = null;
    if (request.carrier() != null && !request.carrier().isBlank()) {
      carrier = Carrier.fromName(request.carrier().strip()).orElse(null);
      if (carrier == null) {
        problems.add(new FieldProblem("carrier", "must be one of the carriers DSK follows"));
      }
    }

    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Shipment(trackingNumber.orElseThrow(), shippedOn, carrier);
  }

  /** Records the shipment of the order and returns its view. */
  public OrderView record(String orderNumber, Shipment shipment) {
    return changes.change(
        orderNumber,
        order -> {
          recordShipment(order, shipment);
          return OrderView.of(order, dsk.zone());
        });
  }

  private void recordShipment(Order order, Shipment shipment) {
    if (order.closed()) {
      throw OrderProblems.closed(order);
    }
    if (order.creditStatus() != CreditStatus.OK) {
      throw new ShipmentProblems.CreditNotOk(order.orderNumber(), order.creditStatus().name());
    }
    Carrier carrier = shipment.carrier() != null ? shipment.carrier() : order.deliveryCarrier();
    if (carrier == null) {
      throw new ShipmentProblems.CarrierRequired(order.orderNumber());
    }

    if (order.shipmentTrackingNumber() != null) {
      reviseShipment(order, carrier, shipment);
      return;
    }

    order.shipped(carrier, shipment.trackingNumber(), shippedOn(shipment));
    runtimeService
        .createMessageCorrelation(OrderProcess.SHIPMENT_RECORDED)
        .processInstanceBusinessKey(order.orderNumber())
        .correlate();
    log.info(
        "Order {} shipped with {} {}; the shipment report to DSK is queued.",
        order.orderNumber(),
        carrier,
        shipment.trackingNumber());
  }

  /** The shipped date defaults to today in DSK's zone. */
  private LocalDate shippedOn(Shipment shipment) {
    return shipment.shippedOn() != null
        ? shipment.shippedOn()
        : LocalDate.now(clock.withZone(dsk.zone()));
  }

  /** The same shipment again is harmless; a correction is taken only until DSK has it. */
  private void reviseShipment(Order order, Carrier carrier, Shipment shipment) {
    boolean same =
        Objects.equals(order.shipmentTrackingNumber(), shipment.trackingNumber())
            && order.shipmentCarrier() == carrier
            && (shipment.shippedOn() == null
                || Objects.equals(order.shipmentShippedOn(), shipment.shippedOn()));
    if (same) {
      return;
    }
    if (order.shipmentRegisteredWithDsk()) {
      throw OrderProblems.locked(order, "its shipment is " + order.shipmentTrackingNumber());
    }
    order.shipped(carrier, shipment.trackingNumber(), shippedOn(shipment));
    log.info(
        "Order {} shipment corrected to {} {} before DSK had it.",
        order.orderNumber(),
        carrier,
        shipment.trackingNumber());
  }
}
