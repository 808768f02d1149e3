package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.CreditAnswer;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code inquireCreditResult} (与信結果取得): asks DSK, at an inquiry slot, what its
 * reviewers decided about a held order.
 */
@Component("inquireCreditResult")
class InquireCreditResult implements JavaDelegate {

  static final String STEP = "inquireCreditResult";

  private final Orders orders;
  private final DskClient dsk;
  private final CreditRecorder recorder;
  private final DskFailures failures;

  InquireCreditResult(Orders orders, DskClient dsk, CreditRecorder recorder, DskFailures failures) {
    this.orders = orders;
    this.dsk = dsk;
    this.recorder = recorder;
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));

    CreditAnswer answer;
    try {
      answer = dsk.fetchCreditResult(order.dskTransactionId());
    } catch (RuntimeException e) {
      throw failures.handle(e, execution, order, STEP, true);
    }

    recorder.record(execution, order, answer, "DSK inquiry");
  }
}
