package com.croftcraft.dskorder.closing;

import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.credit.DskOrderMapping;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderChanges;
import com.croftcraft.dskorder.order.OrderProblems;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.OrderStatus;
import com.croftcraft.dskorder.order.OrderView;
import com.croftcraft.dskorder.order.PaymentMethods;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The shop cancels an order or moves it to another payment method. The order changes at once; its
 * process ends whatever it waited for (timer, task, shipment) and compensates what DSK has.
 * Repeating the same call changes nothing.
 */
@Service
class OrderClosing {

  static final int MAX_PAYMENT_METHOD_LENGTH = 40;

  private static final Logger log = LoggerFactory.getLogger(OrderClosing.class);

  private final OrderChanges changes;
  private final RuntimeService runtimeService;
  private final DskClient dsk;
  private final DskProperties properties;

  OrderClosing(
      OrderChanges changes,
      RuntimeService runtimeService,
      DskClient dsk,
      DskProperties properties) {
    this.changes = changes;
    this.runtimeService = runtimeService;
    this.dsk = dsk;
    this.properties = properties;
  }

  OrderView cancel(String orderNumber) {
    return changes.change(
        orderNumber,
        order -> {
          if (order.status() == OrderStatus.PAYMENT_METHOD_CHANGED) {
            throw OrderProblems.closed(order);
          }
          if (order.status() != OrderStatus.CANCELLED) {
            order.cancelled();
            closeProcess(order, Closing.CANCEL, null);
          }
          return OrderView.of(order, properties.zone());
        });
  }

  OrderView changePaymentMethod(String orderNumber, String paymentMethod) {
    String method = validPaymentMethod(paymentMethod);
    return changes.change(
        orderNumber,
        order -> {
          if (order.status() == OrderStatus.CANCELLED) {
            throw OrderProblems.closed(order);
          }
          boolean leavesDsk = order.status() != OrderStatus.PAYMENT_METHOD_CHANGED;
          order.paymentMethodChanged(method);
          if (leavesDsk) {
            closeProcess(order, Closing.CHANGE_PAYMENT_METHOD, method);
          }
          return OrderView.of(order, properties.zone());
        });
  }

  private static String validPaymentMethod(String paymentMethod) {
    String method = paymentMethod == null ? "" : paymentMethod.strip();
    if (method.isEmpty()) {
      throw InvalidInput.of("paymentMethod", "is required");
    }
    if (method.equals(PaymentMethods.DSK_ATOBARAI)) {
      throw InvalidInput.of("paymentMethod", "must be another method than DSK_ATOBARAI");
    }
    if (method.length() > MAX_PAYMENT_METHOD_LENGTH) {
      throw InvalidInput.of("paymentMethod", "must be at most 40 characters");
    }
    return method;
  }

  private void closeProcess(Order order, Closing closing, String paymentMethod) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(OrderProcess.KEY)
            .processInstanceBusinessKey(order.orderNumber())
            .active()
            .singleResult();

    if (instance == null) {
      cancelWithoutProcess(order);
      return;
    }

    Map<String, Object> variables = new HashMap<>();
    variables.put(OrderProcess.DECISION, closing.name());
    variables.put(OrderProcess.NEW_PAYMENT_METHOD, paymentMethod);
    runtimeService
        .createMessageCorrelation(OrderProcess.ORDER_CLOSED)
        .processInstanceId(instance.getId())
        .setVariables(variables)
        .correlate();
    log.info(
        "Order {} closed by the shop ({}); its process compensates DSK transaction {}.",
        order.orderNumber(),
        closing,
        order.dskTransactionId());
  }

  /** Long after the shipment the process has ended: the cancel goes to DSK directly. */
  private void cancelWithoutProcess(Order order) {
    if (order.dskTransactionId() == null) {
      return;
    }
    dsk.cancel(DskOrderMapping.transaction(order));
    log.info(
        "Order {} closed after its process ended; DSK transaction {} cancelled directly.",
        order.orderNumber(),
        order.dskTransactionId());
  }
}
