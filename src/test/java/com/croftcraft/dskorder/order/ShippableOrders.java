package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many orders with credit OK, each with its process waiting at {@code awaitShipment}, made straight
 * through the repository and the engine: a benchmark needs thousands, and the REST intake with a
 * DSK answer per order would take longer than what it measures.
 */
public final class ShippableOrders {

  private static final int PER_TRANSACTION = 500;

  private final Orders orders;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;

  public ShippableOrders(
      Orders orders, RuntimeService runtimeService, PlatformTransactionManager transactions) {
    this.orders = orders;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The order numbers {@code prefix-0} to {@code prefix-(count-1)}. */
  public static String orderNumber(String prefix, long n) {
    return prefix + "-" + n;
  }

  /** Makes {@code count} orders numbered by {@link #orderNumber}, ready to ship. */
  public void create(String prefix, int count) {
    for (int first = 0; first < count; first += PER_TRANSACTION) {
      int from = first;
      int to = Math.min(count, first + PER_TRANSACTION);
      transaction.executeWithoutResult(
          status -> {
            for (int n = from; n < to; n++) {
              create(orderNumber(prefix, n), "8" + String.format("%010d", n));
            }
          });
    }
  }

  private void create(String orderNumber, String transactionId) {
    Order order =
        new Order(content(orderNumber), OffsetDateTime.now(), Channel.STOREFRONT, orderNumber);
    order.registrationSent();
    order.creditAnswered(CreditStatus.OK, transactionId, Instant.now(), List.of(), null);
    orders.save(order);

    runtimeService
        .createProcessInstanceByKey(OrderProcess.KEY)
        .businessKey(orderNumber)
        .setVariable(OrderProcess.ORDER_NUMBER, orderNumber)
        .setVariable("creditStatus", CreditStatus.OK.name())
        .startBeforeActivity("awaitShipment")
        .execute();
  }

  private static OrderContent content(String orderNumber) {
    Contact customer =
        new Contact(
            "山田 太郎",
            "ヤマダ タロウ",
            "100-0001",
            "東京都",
            "千代田区",
            "千代田1-1",
            null,
            "03-1234-5678",
            "taro@example.jp");
    return new OrderContent(
        orderNumber,
        customer,
        null,
        "宅急便",
        Carrier.YAMATO,
        List.of(new OrderItem("MUG-01", "手織りマグ", 2400, 2)),
        800,
        5600,
        InvoiceDelivery.SEPARATE);
  }
}
