package com.croftcraft.dskorder.closing;

import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskTransaction;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code closeOrder} (受注を締める), after the compensation cancelled what DSK had:
 * records how the order left DSK 後払い. A registration whose answer never came left no compensation
 * behind, so it is looked up and cancelled here.
 */
@Component("closeOrder")
class CloseOrder implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CloseOrder.class);

  private final Orders orders;
  private final DskClient dsk;

  CloseOrder(Orders orders, DskClient dsk) {
    this.orders = orders;
    this.dsk = dsk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));
    Closing closing = Closing.valueOf((String) execution.getVariable(OrderProcess.DECISION));

    if (order.sentToDsk() && order.dskTransactionId() == null) {
      cancelUnansweredRegistration(order);
    }

    switch (closing) {
      case CANCEL -> order.cancelled();
      case CHANGE_PAYMENT_METHOD ->
          order.paymentMethodChanged(
              (String) execution.getVariable(OrderProcess.NEW_PAYMENT_METHOD));
    }
    log.info("Order {} closed: {}.", order.orderNumber(), order.status());
  }

  private void cancelUnansweredRegistration(Order order) {
    dsk.findByShopTransactionId(order.shopTransactionId())
        .ifPresent(
            found -> {
              dsk.cancel(
                  new DskTransaction(
                      found.transactionId(), order.shopTransactionId(), order.totalAmount()));
              log.info(
                  "Order {} had reached DSK as transaction {} without an answer; cancelled it.",
                  order.orderNumber(),
                  found.transactionId());
            });
  }
}
