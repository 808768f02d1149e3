package com.croftcraft.dskorder.closing;

import com.croftcraft.dskorder.credit.DskOrderMapping;
import com.croftcraft.dskorder.credit.JobAttempts;
import com.croftcraft.dskorder.dsk.CancelOutcome;
import com.croftcraft.dskorder.dsk.ChangedInDskAdminScreen;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskException;
import com.croftcraft.dskorder.order.CreditReason;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compensation handler of {@code registerWithDsk} (注文キャンセル), and the operator's resend of it:
 * cancels the DSK transaction. DSK answers a second cancel with {@code E0403}, which counts as
 * done, so retries are safe.
 *
 * <p>A cancel that keeps failing is retried by the engine. Before a re-registration its last
 * attempt sets {@code dskCancelFailed}, so the process hands the order to an operator instead of
 * registering it twice; when the shop closed the order it ends in an incident that Cockpit shows.
 */
@Component("cancelDskTransaction")
class CancelDskTransaction implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(CancelDskTransaction.class);

  private final Orders orders;
  private final DskClient dsk;
  private final Clock clock;

  CancelDskTransaction(Orders orders, DskClient dsk, Clock clock) {
    this.orders = orders;
    this.dsk = dsk;
    this.clock = clock;
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
    } catch (DskException e) {
      if (!reRegistering(execution) || !JobAttempts.isLastAttempt()) {
        throw e;
      }
      log.error(
          "DSK transaction {} of order {} could not be cancelled before its re-registration: {};"
              + " an operator task is opened.",
          order.dskTransactionId(),
          order.orderNumber(),
          e.getMessage());
      order.creditFailed(
          clock.instant(), List.of(new CreditReason("DSK_CANCEL_FAILED", null, e.getMessage())));
      execution.setVariable(OrderProcess.DSK_CANCEL_FAILED, true);
      return;
    }
    execution.setVariable(OrderProcess.DSK_CANCEL_FAILED, false);
  }

  private static boolean reRegistering(DelegateExecution execution) {
    return Boolean.TRUE.equals(execution.getVariable(OrderProcess.RE_REGISTERING));
  }
}
