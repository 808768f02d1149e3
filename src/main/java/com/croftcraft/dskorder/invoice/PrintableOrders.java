package com.croftcraft.dskorder.invoice;

import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import com.croftcraft.dskorder.order.CreditStatus;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The orders whose invoice the shop prints, read as order number and transaction only. */
interface PrintableOrders extends Repository<Order, Long> {

  /**
   * The orders of this invoice delivery with this credit status and a DSK transaction, but none in
   * the {@code closed} states; with {@code printedToo} false only those not downloaded yet. Oldest
   * first.
   */
  @Query(
      """
      select new com.croftcraft.dskorder.invoice.PrintableOrder(o.orderNumber, o.dskTransactionId)
      from Order o
      where o.invoiceDelivery = :delivery
        and o.creditStatus = :credit
        and o.status not in :closed
        and o.dskTransactionId is not null
        and (:printedToo = true or o.invoicePrinted = false)
      order by o.id
      """)
  List<PrintableOrder> find(
      InvoiceDelivery delivery,
      CreditStatus credit,
      Collection<OrderStatus> closed,
      boolean printedToo);

  /**
   * Marks the invoices of these orders printed, unless they are already: the count says how many
   * this call marked. Other writers of an order leave the flag alone ({@code Order} is updated
   * column by column), so the mark is never undone by a stale copy of the order.
   */
  @Modifying
  @Query(
      """
      update Order o set o.invoicePrinted = true
      where o.orderNumber in :orderNumbers and o.invoicePrinted = false
      """)
  int markPrinted(Collection<String> orderNumbers);
}
