package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.Carrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The order as every endpoint that returns one shows it ({@code service-api.md}). */
public record OrderView(
    String orderNumber,
    String status,
    String paymentMethod,
    long totalAmount,
    long shippingFee,
    OffsetDateTime orderedAt,
    String channel,
    Credit credit,
    String dskTransactionId,
    Invoice invoice,
    Shipment shipment,
    ContactView customer,
    ContactView destination,
    Delivery delivery,
    List<Item> items,
    long version) {

  public record Credit(
      String status,
      OffsetDateTime checkedAt,
      OffsetDateTime nextInquiryAt,
      List<Reason> reasons) {}

  public record Reason(String code, String item, String message) {}

  public record Invoice(String delivery, boolean printed) {}

  public record Shipment(
      String carrier, String trackingNumber, LocalDate shippedOn, boolean registeredWithDsk) {}

  public record ContactView(
      String name,
      String nameKana,
      String postalCode,
      String prefecture,
      String city,
      String street,
      String building,
      String phone,
      String email) {}

  public record Delivery(String method, String carrier) {}

  public record Item(String sku, String name, long unitPrice, int quantity) {}

  /** The view of an order, with times in DSK's zone. */
  public static OrderView of(Order order, ZoneId zone) {
    return new OrderView(
        order.orderNumber(),
        order.status().name(),
        order.paymentMethod(),
        order.totalAmount(),
        order.shippingFee(),
        order.orderedAt(),
        order.channel().name(),
        new Credit(
            order.creditStatus().name(),
            seconds(order.creditCheckedAt(), zone),
            minute(order.creditNextInquiryAt(), zone),
            order.creditReasons().stream()
                .map(reason -> new Reason(reason.code(), reason.item(), reason.message()))
                .toList()),
        order.dskTransactionId(),
        new Invoice(order.invoiceDelivery().name(), order.invoicePrinted()),
        new Shipment(
            name(order.shipmentCarrier()),
            order.shipmentTrackingNumber(),
            order.shipmentShippedOn(),
            order.shipmentRegisteredWithDsk()),
        contact(order.customer()),
        contact(order.destination()),
        new Delivery(order.deliveryMethod(), name(order.deliveryCarrier())),
        order.items().stream()
            .map(item -> new Item(item.sku(), item.name(), item.unitPrice(), item.quantity()))
            .toList(),
        order.revision());
  }

  private static ContactView contact(Contact contact) {
    if (contact == null) {
      return null;
    }
    return new ContactView(
        contact.name(),
        contact.nameKana(),
        contact.postalCode(),
        contact.prefecture(),
        contact.city(),
        contact.street(),
        contact.building(),
        contact.phone(),
        contact.email());
  }

  private static String name(Carrier carrier) {
    return carrier == null ? null : carrier.name();
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  private static OffsetDateTime seconds(Instant instant, ZoneId zone) {
    return instant == null ? null : at(instant.truncatedTo(ChronoUnit.SECONDS), zone);
  }

  private static OffsetDateTime minute(Instant instant, ZoneId zone) {
    return instant == null ? null : at(instant.truncatedTo(ChronoUnit.MINUTES), zone);
  }
}
