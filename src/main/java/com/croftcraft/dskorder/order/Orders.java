package com.croftcraft.dskorder.order;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All DSK orders, by order number. */
public interface Orders extends JpaRepository<Order, Long> {

  Optional<Order> findByOrderNumber(String orderNumber);

  /** The order, locked against other changes until the transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from Order o where o.orderNumber = :orderNumber")
  Optional<Order> lockByOrderNumber(String orderNumber);

  /** The order, or {@link OrderNotFound}. */
  default Order require(String orderNumber) {
    return findByOrderNumber(orderNumber).orElseThrow(() -> new OrderNotFound(orderNumber));
  }

  /** Flags the registration as sent, outside the caller's transaction so a rollback keeps it. */
  @Modifying
  @Query("update Order o set o.registrationSent = true where o.orderNumber = :orderNumber")
  int markRegistrationSent(String orderNumber);

  @Query(
      """
      select o from Order o
      where (:creditStatus is null or o.creditStatus = :creditStatus)
        and (:status is null or o.status = :status)
      """)
  Page<Order> search(CreditStatus creditStatus, OrderStatus status, Pageable pageable);
}
