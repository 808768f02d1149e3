package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.ApiProblem;
import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.OrderRequest.ContactRequest;
import com.croftcraft.dskorder.order.OrderRequest.DeliveryRequest;
import com.croftcraft.dskorder.order.OrderRequest.ItemRequest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The shop edits an order: the edit is checked against DSK's limits, stored, and sent to DSK by the
 * order's process. DSK reviews most edits again, so the order turns {@code HOLD} at once where
 * DSK's rule says it will; once the shipment is reported DSK locks the order.
 */
@Service
class OrderEditing {

  private static final Logger log = LoggerFactory.getLogger(OrderEditing.class);

  private final OrderChanges changes;
  private final RuntimeService runtimeService;
  private final DskProperties dsk;

  OrderEditing(OrderChanges changes, RuntimeService runtimeService, DskProperties dsk) {
    this.changes = changes;
    this.runtimeService = runtimeService;
    this.dsk = dsk;
  }

  OrderView edit(String orderNumber, OrderEditRequest request) {
    if (request.version() == null) {
      throw InvalidInput.of("version", "is required: send the version of the order you edited");
    }

    return changes.change(
        orderNumber,
        order -> {
          refuseUnlessEditable(order, request.version());
          OrderContent before = order.content();
          OrderContent after = merged(before, request);
          if (after.equals(before)) {
            return OrderView.of(order, dsk.zone());
          }

          apply(order, before, after);
          return OrderView.of(order, dsk.zone());
        });
  }

  /**
   * Registers a shipped order again with its edits: the process cancels the old DSK transaction,
   * registers the edited order under a new {@code shopTransactionId} and reports the shipment again
   * once the new credit is {@code OK}.
   */
  OrderView reRegister(String orderNumber, OrderEditRequest request) {
    if (request.version() == null) {
      throw InvalidInput.of("version", "is required: send the version of the order you edited");
    }

    return changes.change(
        orderNumber,
        order -> {
          if (order.closed()) {
            throw OrderProblems.closed(order);
          }
          if (!order.shipmentRegisteredWithDsk()) {
            throw new ReRegistrationNotPossible(order);
          }
          if (request.version() != order.revision()) {
            throw new StaleVersion(order, request.version());
          }

          order.edited(merged(order.content(), request));
          order.creditPending();
          runtimeService
              .createMessageCorrelation(OrderProcess.RE_REGISTRATION_REQUESTED)
              .processInstanceBusinessKey(order.orderNumber())
              .setVariable(OrderProcess.RE_REGISTERING, true)
              .setVariable(OrderProcess.DSK_CANCEL_FAILED, false)
              .correlate();
          log.info(
              "Order {} to be registered again after its shipment; DSK transaction {} is"
                  + " cancelled first.",
              order.orderNumber(),
              order.dskTransactionId());
          return OrderView.of(order, dsk.zone());
        });
  }

  private static void refuseUnlessEditable(Order order, long version) {
    if (order.closed()) {
      throw OrderProblems.closed(order);
    }
    if (order.status() == OrderStatus.SHIPPED) {
      throw OrderProblems.locked(order, "it shipped");
    }
    if (version != order.revision()) {
      throw new StaleVersion(order, version);
    }
  }

  private void apply(Order order, OrderContent before, OrderContent after) {
    boolean reReviewed = ModificationRule.reReviews(before, after);
    order.edited(after);

    boolean registered = order.dskTransactionId() != null;
    if (registered && reReviewed && order.creditStatus() != CreditStatus.ERROR) {
      order.creditReReviewExpected();
    } else if (order.creditStatus() == CreditStatus.ERROR) {
      order.creditPending();
    }

    runtimeService
        .createMessageCorrelation(OrderProcess.ORDER_EDITED)
        .processInstanceBusinessKey(order.orderNumber())
        .correlateAll();
    log.info(
        "Order {} edited to revision {} ({}); the change goes to DSK transaction {}.",
        order.orderNumber(),
        order.revision(),
        reReviewed ? "DSK reviews it again" : "DSK keeps its credit result",
        order.dskTransactionId());
  }

  /** The order's content with the edited parts replaced, checked as a whole. */
  private OrderContent merged(OrderContent before, OrderEditRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    OrderRequestValidator validator = new OrderRequestValidator(problems);
    ContactRequest customer = OrderRequests.trimmedContact(request.customer());
    ContactRequest destination = OrderRequests.trimmedContact(request.destination());
    DeliveryRequest delivery = OrderRequests.trimmedDelivery(request.delivery());
    List<ItemRequest> items =
        request.items() == null
            ? itemRequests(before)
            : OrderRequests.trimmedItems(request.items());
    Long shippingFee =
        request.shippingFee() == null ? Long.valueOf(before.shippingFee()) : request.shippingFee();
    Long totalAmount =
        request.totalAmount() == null ? Long.valueOf(before.totalAmount()) : request.totalAmount();

    if (request.customer() != null) {
      validator.contact("customer", customer, true);
    }
    if (destination != null) {
      validator.contact("destination", destination, false);
    }
    validator.delivery(delivery);
    validator.items(items);
    validator.shippingFee(shippingFee);
    validator.totalAmount(totalAmount, items, shippingFee);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }

    Contact newDestination =
        request.destinationGiven() ? OrderRequests.contact(destination) : before.destination();
    return new OrderContent(
        before.orderNumber(),
        request.customer() == null ? before.customer() : OrderRequests.contact(customer),
        newDestination,
        delivery == null ? before.deliveryMethod() : delivery.method(),
        delivery == null ? before.deliveryCarrier() : carrier(delivery),
        items.stream()
            .map(item -> new OrderItem(item.sku(), item.name(), item.unitPrice(), item.quantity()))
            .toList(),
        shippingFee,
        totalAmount,
        OrderRequests.invoiceDelivery(dsk.invoiceDelivery(), newDestination));
  }

  private static Carrier carrier(DeliveryRequest delivery) {
    return delivery.carrier() == null ? null : Carrier.fromName(delivery.carrier()).orElseThrow();
  }

  private static List<ItemRequest> itemRequests(OrderContent content) {
    return content.items().stream()
        .map(item -> new ItemRequest(item.sku(), item.name(), item.unitPrice(), item.quantity()))
        .toList();
  }

  /** Only an order whose shipment DSK has is registered again; others are edited. */
  static final class ReRegistrationNotPossible extends ApiProblem {
    ReRegistrationNotPossible(Order order) {
      super(
          HttpStatus.CONFLICT,
          "re-registration-not-possible",
          "Re-registration not possible",
          "Order %s has no shipment reported to DSK; edit it with PATCH instead."
              .formatted(order.orderNumber()));
    }
  }

  /** The edit was made on an older version of the order. */
  static final class StaleVersion extends ApiProblem {
    StaleVersion(Order order, long version) {
      super(
          HttpStatus.CONFLICT,
          "stale-version",
          "Stale version",
          "Order %s is at version %d, the edit was made on version %d; read it again and edit that."
              .formatted(order.orderNumber(), order.revision(), version));
    }
  }
}
