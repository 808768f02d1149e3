package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import com.croftcraft.dskorder.order.OrderRequest.ContactRequest;
import com.croftcraft.dskorder.order.OrderRequest.DeliveryRequest;
import com.croftcraft.dskorder.order.OrderRequest.ItemRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns the cart's order body into the content the service stores and DSK sees. */
final class OrderRequests {

  private OrderRequests() {}

  /** The body with every text trimmed and blank texts dropped, as DSK reads it. */
  static OrderRequest trimmed(OrderRequest request) {
    return new OrderRequest(
        trim(request.orderNumber()),
        trim(request.orderedAt()),
        trim(request.channel()),
        trimmed(request.customer()),
        trimmed(request.destination()),
        trimmedDelivery(request.delivery()),
        request.items() == null ? null : trimmedItems(request.items()),
        request.shippingFee(),
        request.totalAmount());
  }

  /**
   * Checks a trimmed body and returns the order content it describes.
   *
   * @throws InvalidInput naming every bad field
   */
  static OrderContent validContent(OrderRequest request, InvoiceDelivery contract) {
    List<FieldProblem> problems = new ArrayList<>();
    OrderRequestValidator validator = new OrderRequestValidator(problems);

    validator.orderNumber(request.orderNumber());
    orderedAt(request.orderedAt(), validator);
    channel(request.channel(), validator);
    validator.contact("customer", request.customer(), true);
    if (request.destination() != null) {
      validator.contact("destination", request.destination(), false);
    }
    validator.delivery(request.delivery());
    validator.items(request.items());
    validator.shippingFee(request.shippingFee());
    validator.totalAmount(request.totalAmount(), request.items(), request.shippingFee());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }

    return content(request, contract);
  }

  static OffsetDateTime orderedAt(OrderRequest request) {
    return OffsetDateTime.parse(request.orderedAt());
  }

  private static void orderedAt(String value, OrderRequestValidator validator) {
    if (value == null) {
      validator.missing("orderedAt");
      return;
    }
    try {
      OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      validator.problem(
          "orderedAt", "must be ISO-8601 with an offset, e.g. 2026-12-03T10:15:00+09:00");
    }
  }

  private static void channel(String value, OrderRequestValidator validator) {
    if (value == null) {
      validator.missing("channel");
    } else if (!value.equals("STOREFRONT") && !value.equals("BACK_OFFICE")) {
      validator.problem("channel", "must be STOREFRONT or BACK_OFFICE");
    }
  }

  private static OrderContent content(OrderRequest request, InvoiceDelivery contract) {
    Contact destination = contact(request.destination());
    DeliveryRequest delivery = request.delivery();

    return new OrderContent(
        request.orderNumber(),
        contact(request.customer()),
        destination,
        delivery == null ? null : delivery.method(),
        delivery == null || delivery.carrier() == null
            ? null
            : Carrier.fromName(delivery.carrier()).orElseThrow(),
        request.items().stream()
            .map(item -> new OrderItem(item.sku(), item.name(), item.unitPrice(), item.quantity()))
            .toList(),
        request.shippingFee() == null ? 0 : request.shippingFee(),
        request.totalAmount(),
        invoiceDelivery(contract, destination));
  }

  /** On the 請求書同梱 contract a gift travels with the invoice mailed by DSK. */
  static InvoiceDelivery invoiceDelivery(InvoiceDelivery contract, Contact destination) {
    return destination == null ? contract : InvoiceDelivery.SEPARATE;
  }

  static Contact contact(ContactRequest contact) {
    if (contact == null) {
      return null;
    }
    return new Contact(
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

  static Channel channel(OrderRequest request) {
    return Channel.valueOf(request.channel());
  }

  static ContactRequest trimmedContact(ContactRequest contact) {
    return trimmed(contact);
  }

  static DeliveryRequest trimmedDelivery(DeliveryRequest delivery) {
    return delivery == null
        ? null
        : new DeliveryRequest(trim(delivery.method()), trim(delivery.carrier()));
  }

  static List<ItemRequest> trimmedItems(List<ItemRequest> items) {
    return items.stream().map(OrderRequests::trimmed).toList();
  }

  private static ContactRequest trimmed(ContactRequest contact) {
    if (contact == null) {
      return null;
    }
    return new ContactRequest(
        trim(contact.name()),
        trim(contact.nameKana()),
        trim(contact.postalCode()),
        trim(contact.prefecture()),
        trim(contact.city()),
        trim(contact.street()),
        trim(contact.building()),
        trim(contact.phone()),
        trim(contact.email()));
  }

  private static ItemRequest trimmed(ItemRequest item) {
    if (item == null) {
      return null;
    }
    return new ItemRequest(trim(item.sku()), trim(item.name()), item.unitPrice(), item.quantity());
  }

  /** Trims blanks, the ideographic space included; a text left empty counts as missing. */
  static String trim(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
