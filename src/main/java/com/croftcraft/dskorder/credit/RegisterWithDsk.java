package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.AlreadyRegistered;
import com.croftcraft.dskorder.dsk.CreditAnswer;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BPMN service task {@code registerWithDsk} (注文情報登録). Registers the order exactly once: a
 * registration that went out before and whose answer never came is first looked up by its {@code
 * shopTransactionId}, and DSK's {@code E0201} adopts the transaction it already has.
 */
@Component("registerWithDsk")
class RegisterWithDsk implements JavaDelegate {

  static final String STEP = "registerWithDsk";

  private static final Logger log = LoggerFactory.getLogger(RegisterWithDsk.class);

  private final Orders orders;
  private final DskClient dsk;
  private final DskProperties properties;
  private final CreditRecorder recorder;
  private final DskFailures failures;
  private final TransactionTemplate separateTransaction;

  RegisterWithDsk(
      Orders orders,
      DskClient dsk,
      DskProperties properties,
      CreditRecorder recorder,
      DskFailures failures,
      PlatformTransactionManager transactionManager) {
    this.orders = orders;
    this.dsk = dsk;
    this.properties = properties;
    this.recorder = recorder;
    this.failures = failures;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));

    CreditAnswer answer;
    try {
      answer = register(order);
    } catch (RuntimeException e) {
      throw failures.handle(e, execution, order, STEP, true);
    }

    recorder.record(execution, order, answer, "DSK registration");
  }

  /**
   * Registers the order, or adopts the registration DSK already has. An adopted registration may
   * predate the latest edit, so only a registration sent now counts as DSK having it.
   */
  private CreditAnswer register(Order order) {
    if (order.sentToDsk()) {
      Optional<CreditAnswer> earlier = dsk.findByShopTransactionId(order.shopTransactionId());
      if (earlier.isPresent()) {
        log.info(
            "Order {} was registered before its answer got lost; adopting DSK transaction {}.",
            order.orderNumber(),
            earlier.get().transactionId());
        adopted(order);
        return earlier.get();
      }
    }

    separateTransaction.executeWithoutResult(
        status -> orders.markRegistrationSent(order.orderNumber()));
    order.registrationSent();
    try {
      CreditAnswer answer = dsk.registerOrder(DskOrderMapping.toDsk(order, properties.zone()));
      order.dskReceivedCurrentRevision();
      return answer;
    } catch (AlreadyRegistered e) {
      log.info(
          "DSK has order {} already (E0201); adopting transaction {}.",
          order.orderNumber(),
          e.existing().transactionId());
      adopted(order);
      return dsk.fetchCreditResult(e.existing().transactionId());
    }
  }

  private static void adopted(Order order) {
    if (order.revision() == 1) {
      order.dskReceivedCurrentRevision();
    }
  }
}
