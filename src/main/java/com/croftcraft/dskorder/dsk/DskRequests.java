package com.croftcraft.dskorder.dsk;

import com.croftcraft.dskorder.dsk.DskXml.Buyer;
import com.croftcraft.dskorder.dsk.DskXml.Deliveries;
import com.croftcraft.dskorder.dsk.DskXml.Delivery;
import com.croftcraft.dskorder.dsk.DskXml.DeliveryCustomer;
import com.croftcraft.dskorder.dsk.DskXml.Detail;
import com.croftcraft.dskorder.dsk.DskXml.PdRequest;
import com.croftcraft.dskorder.dsk.DskXml.Request;
import com.croftcraft.dskorder.dsk.DskXml.ShopInfo;
import com.croftcraft.dskorder.dsk.DskXml.Transaction;
import com.croftcraft.dskorder.dsk.DskXml.Transactions;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds DSK's request documents, each starting with the merchant's credentials. */
final class DskRequests {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  private final ShopInfo shopInfo;

  DskRequests(DskProperties properties) {
    this.shopInfo =
        new ShopInfo(properties.merchantId(), properties.connectionId(), properties.password());
  }

  Request register(DskOrder order) {
    return new Request(shopInfo, null, null, buyer(order), deliveries(order), null);
  }

  Request modify(String transactionId, DskOrder order) {
    Transaction transaction = new Transaction(transactionId, null, null);
    return new Request(shopInfo, transaction, null, buyer(order), deliveries(order), null);
  }

  Request authResultByTransactionId(String transactionId) {
    return new Request(
        shopInfo, new Transaction(transactionId, null, null), null, null, null, null);
  }

  Request authResultByShopTransactionId(String shopTransactionId) {
    return new Request(
        shopInfo, new Transaction(null, shopTransactionId, null), null, null, null, null);
  }

  Request cancel(DskTransaction transaction) {
    return new Request(shopInfo, transaction(transaction), null, null, null, null);
  }

  Request shipment(DskTransaction transaction, DskShipment shipment) {
    PdRequest pdRequest =
        new PdRequest(
            shipment.carrier().code(), shipment.slipNo(), DATE.format(shipment.shippedDate()));
    return new Request(shopInfo, transaction(transaction), null, null, null, pdRequest);
  }

  Request printData(List<String> transactionIds) {
    List<Transaction> transactions =
        transactionIds.stream().map(id -> new Transaction(id, null, null)).toList();
    return new Request(shopInfo, null, new Transactions(transactions), null, null, null);
  }

  private static Transaction transaction(DskTransaction transaction) {
    return new Transaction(
        transaction.transactionId(), transaction.shopTransactionId(), transaction.billedAmount());
  }

  private static Buyer buyer(DskOrder order) {
    DskContact buyer = order.buyer();
    return new Buyer(
        order.shopTransactionId(),
        DATE.format(order.orderDate()),
        buyer.fullName(),
        optional(buyer.fullKanaName()),
        buyer.zipCode(),
        buyer.address1(),
        buyer.address2(),
        buyer.address3(),
        buyer.tel(),
        optional(order.email()),
        order.billedAmount(),
        order.invoiceDelivery().paymentType());
  }

  private static Deliveries deliveries(DskOrder order) {
    List<Detail> details =
        order.details().stream()
            .map(detail -> new Detail(detail.name(), detail.price(), detail.quantity()))
            .toList();
    return new Deliveries(new Delivery(deliveryCustomer(order.deliveryCustomer()), details));
  }

  private static DeliveryCustomer deliveryCustomer(DskContact contact) {
    if (contact == null) {
      return null;
    }
    return new DeliveryCustomer(
        contact.fullName(),
        optional(contact.fullKanaName()),
        contact.zipCode(),
        contact.address1(),
        contact.address2(),
        contact.address3(),
        contact.tel());
  }

  /** DSK counts a blank text as missing: an optional element without text is left out. */
  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
