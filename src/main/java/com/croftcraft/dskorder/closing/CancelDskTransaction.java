package com.croftcraft.dskorder.closing;

import com.croftcraft.dskorder.credit.DskOrderMapping;
import com.croftcraft.dskorder.dsk.CancelOutcome;
import com.croftcraft.dskorder.dsk.ChangedInDskAdminScreen;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compensation handler of {@code registerWithDsk} (注文キャンセル): cancels the DSK transaction. DSK
 * answers a second cancel with {@code E0403}, which counts as done, so retries are safe. An outage
 * is retried by the engine and ends in an incident that Cockpit shows.
 */
@Component("cancelDskTransaction")
class CancelDskTransaction implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CancelDskTransaction.class);

  private final Orders orders;
  private final DskClient dsk;

  CancelDskTransaction(Orders orders, DskClient dsk) {
    this.orders = orders;
    this.dsk = dsk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));
    if (order.dskTransactionId() == null) {
      return;
    }

    try {
      CancelOutcome outcome = dsk.cancel(DskOrderMapping.transaction(order));
      log.info(
          "DSK transaction {} of order {} cancelled ({}).",
          order.dskTransactionId(),
          order.orderNumber(),
          outcome);
    } catch (ChangedInDskAdminScreen e) {
      log.warn(
          "DSK transaction {} of order {} was changed in DSK's admin screen (E0404); cancel it"
              + " there by hand.",
          order.dskTransactionId(),
          order.orderNumber());
    }
  }
}
