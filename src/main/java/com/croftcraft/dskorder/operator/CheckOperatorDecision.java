package com.croftcraft.dskorder.operator;

import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.PaymentMethods;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on completing an operator task: refuses a decision the process cannot carry out, so
 * Tasklist shows the operator what is missing and the task stays open.
 */
@Component("checkOperatorDecision")
class CheckOperatorDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(OrderProcess.DECISION);

    switch (task.getTaskDefinitionKey()) {
      case "resolveCreditNg" -> {
        require(decision, Set.of("CANCEL", "CHANGE_PAYMENT_METHOD"));
        if ("CHANGE_PAYMENT_METHOD".equals(decision)) {
          Object method = task.getVariable(OrderProcess.NEW_PAYMENT_METHOD);
          if (!(method instanceof String name)
              || name.isBlank()
              || name.equals(PaymentMethods.DSK_ATOBARAI)) {
            throw new ProcessEngineException("変更後の支払方法を選んでください。");
          }
        }
      }
      case "resolveDskFailure" -> require(decision, Set.of("RESEND", "CANCEL"));
      case "resolveShipmentReport" -> require(decision, Set.of("RESEND"));
      case "resolveFailedCancellation" -> require(decision, Set.of("RESEND", "CANCELLED_AT_DSK"));
      case "resolveChangedInDskAdminScreen" -> {
        if (!Boolean.TRUE.equals(task.getVariable("handledAtDsk"))) {
          throw new ProcessEngineException("DSK の管理画面で手続きを完了してから閉じてください。");
        }
      }
      default -> {}
    }
  }

  private static void require(Object decision, Set<String> allowed) {
    if (!(decision instanceof String value) || !allowed.contains(value)) {
      throw new ProcessEngineException("対応を選んでください: " + allowed);
    }
  }
}
