package com.croftcraft.dskorder.fee;

import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.order.OrderStatus;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/fees?month=2026-11}: a month's DSK orders priced on every plan. An order counts
 * in the month of its {@code shippedOn} once DSK accepted the shipment; an order cancelled or moved
 * to another payment method afterwards does not count, as DSK's transaction is cancelled.
 */
@RestController
class FeeController {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

  private static final Set<OrderStatus> NOT_BILLED =
      EnumSet.of(OrderStatus.CANCELLED, OrderStatus.PAYMENT_METHOD_CHANGED);

  private final BilledOrders billedOrders;
  private final DskProperties dsk;

  FeeController(BilledOrders billedOrders, DskProperties dsk) {
    this.billedOrders = billedOrders;
    this.dsk = dsk;
  }

  @GetMapping("/api/fees")
  @Transactional(readOnly = true)
  FeeReport fees(@RequestParam(required = false) String month) {
    YearMonth requested = month(month);

    return FeeReport.of(
        requested,
        billedOrders.shippedBetween(requested.atDay(1), requested.atEndOfMonth(), NOT_BILLED),
        dsk.plan());
  }

  private static YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInput.of("month", "is required, as YYYY-MM");
    }
    try {
      return YearMonth.parse(value.strip(), MONTH);
    } catch (DateTimeParseException e) {
      throw InvalidInput.of("month", "must be a month as YYYY-MM, such as 2026-11");
    }
  }
}
