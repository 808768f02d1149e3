package com.croftcraft.dskorder.order;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings the BPMN reads by expression. {@code settlementWait}: how long a shipped order's process
 * stays, so a cancellation can still compensate the DSK transaction, before it ends.
 */
@Component("orderProcessSettings")
public class OrderProcessSettings {

  private final Duration settlementWait;

  OrderProcessSettings(@Value("${dsk.settlement-wait:P60D}") Duration settlementWait) {
    this.settlementWait = settlementWait;
  }

  /** ISO-8601, as the engine's timer wants it. */
  public String getSettlementWait() {
    return settlementWait.toString();
  }
}
