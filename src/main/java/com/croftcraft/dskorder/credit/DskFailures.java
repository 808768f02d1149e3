package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.ChangedInDskAdminScreen;
import com.croftcraft.dskorder.dsk.DskRefused;
import com.croftcraft.dskorder.dsk.DskUnavailable;
import com.croftcraft.dskorder.order.CreditReason;
import com.croftcraft.dskorder.order.Order;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what a failed DSK call means for the process: an outage is retried by the engine until
 * its last attempt, then handed to an operator; a refusal goes to an operator at once; a
 * transaction changed in DSK's admin screen stops all calls for the order.
 */
@Component
public class DskFailures {

  /** BPMN error: DSK is unreachable past the retries, or refused the call. */
  public static final String DSK_FAILED = "DSK_FAILED";

  /** BPMN error: the transaction was changed in DSK's admin screen (E0404). */
  public static final String DSK_LINK_BROKEN = "DSK_LINK_BROKEN";

  /** Process variable naming the step an operator's resend returns to. */
  public static final String FAILED_STEP = "failedStep";

  static final String UNAVAILABLE_CODE = "DSK_UNAVAILABLE";

  private static final Logger log = LoggerFactory.getLogger(DskFailures.class);

  private final Clock clock;

  DskFailures(Clock clock) {
    this.clock = clock;
  }

  /**
   * Handles a failed call of the given step. Returns normally never: it throws the exception the
   * engine retries, or the BPMN error that leads to an operator.
   *
   * @param marksCredit whether the failure turns the order's credit to {@code ERROR}
   */
  public RuntimeException handle(
      RuntimeException failure,
      DelegateExecution execution,
      Order order,
      String step,
      boolean marksCredit) {
    if (failure instanceof ChangedInDskAdminScreen changed) {
      log.warn(
          "DSK reports order {} (transaction {}) as changed in its admin screen (E0404); no more"
              + " DSK calls for it, an operator takes over.",
          order.orderNumber(),
          order.dskTransactionId());
      order.creditFailed(clock.instant(), reasons(changed));
      return new BpmnError(DSK_LINK_BROKEN, "E0404 for order " + order.orderNumber());
    }

    if (failure instanceof DskRefused refused) {
      log.warn(
          "DSK refused {} for order {} (transaction {}): {}; an operator task is opened.",
          step,
          order.orderNumber(),
          order.dskTransactionId(),
          refused.errors());
      return toOperator(execution, order, step, marksCredit, reasons(refused));
    }

    if (failure instanceof DskUnavailable unavailable) {
      if (!JobAttempts.isLastAttempt()) {
        log.warn(
            "DSK unavailable for {} of order {}: {}; the engine retries later.",
            step,
            order.orderNumber(),
            unavailable.getMessage());
        return unavailable;
      }
      log.error(
          "DSK still unavailable for {} of order {} after the last retry: {}; an operator task"
              + " is opened.",
          step,
          order.orderNumber(),
          unavailable.getMessage());
      CreditReason reason =
          new CreditReason(
              UNAVAILABLE_CODE, null, "DSK did not answer: " + unavailable.getMessage());
      return toOperator(execution, order, step, marksCredit, List.of(reason));
    }

    return failure;
  }

  private BpmnError toOperator(
      DelegateExecution execution,
      Order order,
      String step,
      boolean marksCredit,
      List<CreditReason> reasons) {
    if (marksCredit) {
      order.creditFailed(clock.instant(), reasons);
    }
    execution.setVariable(FAILED_STEP, step);
    return new BpmnError(DSK_FAILED, step + " failed for order " + order.orderNumber());
  }

  private static List<CreditReason> reasons(DskRefused refused) {
    return refused.errors().stream()
        .map(error -> new CreditReason(error.code(), error.item(), error.message()))
        .toList();
  }
}
