package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.CreditAnswer;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code sendModification} (注文情報修正): sends the edited order, whole, to DSK, whose
 * answer is the new credit result ({@code HOLD} for a change it reviews again).
 */
@Component("sendModificationToDsk")
class SendModificationToDsk implements JavaDelegate {

  static final String STEP = "sendModification";

  private final Orders orders;
  private final DskClient dsk;
  private final DskProperties properties;
  private final CreditRecorder recorder;
  private final DskFailures failures;

  SendModificationToDsk(
      Orders orders,
      DskClient dsk,
      DskProperties properties,
      CreditRecorder recorder,
      DskFailures failures) {
    this.orders = orders;
    this.dsk = dsk;
    this.properties = properties;
    this.recorder = recorder;
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));

    CreditAnswer answer;
    try {
      answer =
          dsk.modifyOrder(
              order.dskTransactionId(), DskOrderMapping.toDsk(order, properties.zone()));
    } catch (RuntimeException e) {
      throw failures.handle(e, execution, order, STEP, true);
    }

    order.dskReceivedCurrentRevision();
    recorder.record(execution, order, answer, "DSK modification");
  }
}
