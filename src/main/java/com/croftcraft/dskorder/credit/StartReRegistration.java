package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code startReRegistration} (新しい取引IDで再登録), after the compensation cancelled the
 * old DSK transaction of a shipped order: the order takes a new {@code shopTransactionId} and goes
 * through the credit check again; once it is {@code OK} the known shipment is reported at once.
 */
@Component("startReRegistration")
class StartReRegistration implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartReRegistration.class);

  private final Orders orders;

  StartReRegistration(Orders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));
    String cancelled = order.dskTransactionId();

    order.reRegistered();
    execution.setVariable(OrderProcess.SHIPMENT_RECORDED_VARIABLE, true);
    execution.setVariable(OrderProcess.RE_REGISTERING, false);
    log.info(
        "Order {}: DSK transaction {} cancelled; registering again as {}.",
        order.orderNumber(),
        cancelled,
        order.shopTransactionId());
  }
}
