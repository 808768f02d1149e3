package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compensation handler of {@code reportShipment}: once the DSK transaction is cancelled, DSK no
 * longer follows the parcel. The cancellation itself is the registration's compensation.
 */
@Component("withdrawShipmentReport")
class WithdrawShipmentReport implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(WithdrawShipmentReport.class);

  private final Orders orders;

  WithdrawShipmentReport(Orders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));
    order.shipmentWithdrawn();
    log.info(
        "Shipment report of order {} (transaction {}) withdrawn with the DSK transaction.",
        order.orderNumber(),
        order.dskTransactionId());
  }
}
