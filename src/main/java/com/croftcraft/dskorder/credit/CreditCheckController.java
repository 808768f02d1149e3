package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.api.ApiProblem;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.CreditStatus;
import com.croftcraft.dskorder.order.OrderChanges;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.OrderView;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends an order in {@code ERROR} to DSK again: the same as an operator choosing "resend" on the
 * order's task, which this call completes.
 */
@RestController
class CreditCheckController {

  static final String FAILURE_TASK = "resolveDskFailure";

  private final OrderChanges changes;
  private final TaskService taskService;
  private final DskProperties dsk;

  CreditCheckController(OrderChanges changes, TaskService taskService, DskProperties dsk) {
    this.changes = changes;
    this.taskService = taskService;
    this.dsk = dsk;
  }

  @PostMapping("/api/orders/{orderNumber}/credit-check")
  ResponseEntity<OrderView> resend(@PathVariable String orderNumber) {
    OrderView view =
        changes.change(
            orderNumber,
            order -> {
              Task task =
                  taskService
                      .createTaskQuery()
                      .processInstanceBusinessKey(orderNumber)
                      .taskDefinitionKey(FAILURE_TASK)
                      .singleResult();
              if (order.creditStatus() != CreditStatus.ERROR || task == null) {
                throw new CreditCheckNotNeeded(orderNumber, order.creditStatus());
              }
              taskService.complete(task.getId(), Map.of(OrderProcess.DECISION, "RESEND"));
              return OrderView.of(order, dsk.zone());
            });
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
  }

  static final class CreditCheckNotNeeded extends ApiProblem {
    CreditCheckNotNeeded(String orderNumber, CreditStatus status) {
      super(
          HttpStatus.CONFLICT,
          "credit-check-not-needed",
          "Credit check not needed",
          "Order %s has credit %s; only an order in ERROR with an open DSK failure task is sent"
                  .formatted(orderNumber, status)
              + " again.");
    }
  }
}
