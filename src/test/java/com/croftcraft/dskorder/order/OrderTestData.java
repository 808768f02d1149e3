package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Orders stored straight through {@link Orders} in the state a test needs, without the process or
 * DSK: for the reports that only read orders. {@code order("CC-1").amount(5600).creditOk("9...")
 * .shippedOn(day).registeredWithDsk().storeIn(orders)}.
 */
public final class OrderTestData {

  private final String orderNumber;
  private long amount = 5600;
  private InvoiceDelivery invoiceDelivery = InvoiceDelivery.SEPARATE;
  private String customerName = "山田 太郎";
  private String transactionId;
  private LocalDate shippedOn;
  private boolean registeredWithDsk;
  private OrderStatus closedAs;

  private OrderTestData(String orderNumber) {
    this.orderNumber = orderNumber;
  }

  public static OrderTestData order(String orderNumber) {
    return new OrderTestData(orderNumber);
  }

  /** The total, one line of that amount and no shipping fee. */
  public OrderTestData amount(long amount) {
    this.amount = amount;
    return this;
  }

  /** On the 請求書同梱 contract: the shop prints the invoice. */
  public OrderTestData enclosed() {
    this.invoiceDelivery = InvoiceDelivery.ENCLOSED;
    return this;
  }

  public OrderTestData customerName(String name) {
    this.customerName = name;
    return this;
  }

  /** DSK granted credit under this transaction. */
  public OrderTestData creditOk(String transactionId) {
    this.transactionId = transactionId;
    return this;
  }

  public OrderTestData shippedOn(LocalDate day) {
    this.shippedOn = day;
    return this;
  }

  /** DSK accepted the shipment report. */
  public OrderTestData registeredWithDsk() {
    this.registeredWithDsk = true;
    return this;
  }

  public OrderTestData cancelled() {
    this.closedAs = OrderStatus.CANCELLED;
    return this;
  }

  public OrderTestData paymentMethodChanged() {
    this.closedAs = OrderStatus.PAYMENT_METHOD_CHANGED;
    return this;
  }

  /** Stores the order and returns it. */
  public Order storeIn(Orders orders) {
    Order order =
        new Order(
            content(),
            OffsetDateTime.parse("2026-12-03T10:15:00+09:00"),
            Channel.STOREFRONT,
            "test-data-" + orderNumber);

    if (transactionId != null) {
      order.registrationSent();
      order.creditAnswered(CreditStatus.OK, transactionId, Instant.now(), List.of(), null);
    }
    if (shippedOn != null) {
      order.shipped(Carrier.YAMATO, "123456789012", shippedOn);
    }
    if (registeredWithDsk) {
      order.shipmentRegisteredWithDsk(Instant.now());
    }
    if (closedAs == OrderStatus.CANCELLED) {
      order.cancelled();
    }
    if (closedAs == OrderStatus.PAYMENT_METHOD_CHANGED) {
      order.paymentMethodChanged("CREDIT_CARD");
    }
    return orders.saveAndFlush(order);
  }

  private OrderContent content() {
    Contact customer =
        new Contact(
            customerName,
            "ヤマダ タロウ",
            "1000001",
            "東京都",
            "千代田区",
            "千代田1-1",
            "クラフトビル3F",
            "0312345678",
            "taro@example.jp");
    return new OrderContent(
        orderNumber,
        customer,
        null,
        "宅急便",
        Carrier.YAMATO,
        List.of(new OrderItem("MUG-01", "手織りマグ", amount, 1)),
        0,
        amount,
        invoiceDelivery);
  }
}
