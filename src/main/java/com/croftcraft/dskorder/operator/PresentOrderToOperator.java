package com.croftcraft.dskorder.operator;

import com.croftcraft.dskorder.order.CreditReason;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on every operator task: puts what the operator needs to decide into the task's
 * local variables, which its Camunda Form shows (order, amount, customer, what DSK said). The
 * customer's address stays in the order; the form shows the name and prefecture only.
 */
@Component("presentOrderToOperator")
class PresentOrderToOperator implements TaskListener {

  private final Orders orders;

  PresentOrderToOperator(Orders orders) {
    this.orders = orders;
  }

  @Override
  public void notify(DelegateTask task) {
    Order order = orders.require((String) task.getVariable(OrderProcess.ORDER_NUMBER));

    task.setVariableLocal("totalAmount", order.totalAmount());
    task.setVariableLocal("customerName", order.customer().name());
    task.setVariableLocal("customerPrefecture", order.customer().prefecture());
    task.setVariableLocal("dskTransactionId", order.dskTransactionId());
    task.setVariableLocal("dskReasons", reasons(order));
    task.setDescription(
        "受注 %s / %,d 円 / %s"
            .formatted(order.orderNumber(), order.totalAmount(), order.customer().name()));
  }

  private static String reasons(Order order) {
    if (order.creditReasons().isEmpty()) {
      return "（なし）";
    }
    return order.creditReasons().stream()
        .map(PresentOrderToOperator::reason)
        .collect(Collectors.joining("\n"));
  }

  private static String reason(CreditReason reason) {
    String item = reason.item() == null ? "" : " [" + reason.item() + "]";
    String message = reason.message() == null ? "" : " " + reason.message();
    return reason.code() + item + message;
  }
}
