package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.DskContact;
import com.croftcraft.dskorder.dsk.DskDetail;
import com.croftcraft.dskorder.dsk.DskOrder;
import com.croftcraft.dskorder.dsk.DskTransaction;
import com.croftcraft.dskorder.order.Contact;
import com.croftcraft.dskorder.order.Order;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How an order reads in DSK's terms: buyer, delivery address and detail lines. */
public final class DskOrderMapping {

  /** DSK wants shipping as a detail line of its own. */
  static final String SHIPPING_LINE = "送料";

  private DskOrderMapping() {}

  public static DskOrder toDsk(Order order, ZoneId zone) {
    List<DskDetail> details = new ArrayList<>();
    order
        .items()
        .forEach(
            item -> details.add(new DskDetail(item.name(), item.unitPrice(), item.quantity())));
    if (order.shippingFee() > 0) {
      details.add(new DskDetail(SHIPPING_LINE, order.shippingFee(), 1));
    }

    return new DskOrder(
        order.shopTransactionId(),
        order.orderedAt().atZoneSameInstant(zone).toLocalDate(),
        contact(order.customer()),
        order.customer().email(),
        order.destination() == null ? null : contact(order.destination()),
        order.totalAmount(),
        order.invoiceDelivery(),
        details);
  }

  /** The transaction as DSK has it, for cancellation and the shipment report. */
  public static DskTransaction transaction(Order order) {
    return new DskTransaction(
        order.dskTransactionId(), order.shopTransactionId(), order.dskBilledAmount());
  }

  private static DskContact contact(Contact contact) {
    return new DskContact(
        contact.name(),
        contact.nameKana(),
        contact.postalCode(),
        contact.prefecture(),
        contact.city(),
        contact.streetAndBuilding(),
        contact.phone());
  }
}
