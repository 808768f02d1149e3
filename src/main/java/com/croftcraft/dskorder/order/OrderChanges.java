package com.croftcraft.dskorder.order;

import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of one order from the REST edge: in its own transaction, with the order's row
 * locked so that two requests for one order take turns, and repeated when it collided with the
 * process engine working on the same instance (a job, a timer), which the engine reports as an
 * optimistic locking failure.
 */
@Component
public class OrderChanges {

  static final int ATTEMPTS = 5;

  private static final Logger log = LoggerFactory.getLogger(OrderChanges.class);

  private final Orders orders;
  private final TransactionTemplate transaction;

  OrderChanges(Orders orders, PlatformTransactionManager transactionManager) {
    this.orders = orders;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Applies the change to the locked order and returns its result.
   *
   * @throws OrderNotFound when no order has the number
   */
  public <T> T change(String orderNumber, Function<Order, T> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(
            status ->
                change.apply(
                    orders
                        .lockByOrderNumber(orderNumber)
                        .orElseThrow(() -> new OrderNotFound(orderNumber))));
      } catch (OptimisticLockingException | OptimisticLockingFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.info(
            "Change of order {} met the process engine working on it; trying again ({}/{}).",
            orderNumber,
            attempt,
            ATTEMPTS);
      }
    }
  }
}
