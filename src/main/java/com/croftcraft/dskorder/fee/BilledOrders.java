package com.croftcraft.dskorder.fee;

import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The orders DSK bills for, read as amounts only. */
interface BilledOrders extends Repository<Order, Long> {

  /**
   * The billed amounts of the orders shipped in {@code [from, to]} whose shipment DSK accepted,
   * without the orders in {@code excluded} states, grouped by amount.
   */
  @Query(
      """
      select new com.croftcraft.dskorder.fee.BilledAmount(o.totalAmount, count(o))
      from Order o
      where o.shipmentRegisteredWithDsk = true
        and o.shipmentShippedOn between :from and :to
        and o.status not in :excluded
      group by o.totalAmount
      """)
  List<BilledAmount> shippedBetween(LocalDate from, LocalDate to, Collection<OrderStatus> excluded);
}
