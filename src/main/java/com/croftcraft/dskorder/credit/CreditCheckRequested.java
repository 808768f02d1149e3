package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Listens on the operator's "resend" flow: the order turns {@code PENDING} as soon as the resend is
 * decided, not when the queued DSK call runs.
 */
@Component("creditCheckRequested")
class CreditCheckRequested implements ExecutionListener {

  private final Orders orders;

  CreditCheckRequested(Orders orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateExecution execution) {
    orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER)).creditPending();
  }
}
