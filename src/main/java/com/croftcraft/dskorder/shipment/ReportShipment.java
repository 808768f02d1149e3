package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.credit.DskFailures;
import com.croftcraft.dskorder.credit.DskOrderMapping;
import com.croftcraft.dskorder.dsk.DskClient;
import com.croftcraft.dskorder.dsk.DskShipment;
import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.OrderProcess;
import com.croftcraft.dskorder.order.Orders;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code reportShipment} (発送情報登録): tells DSK the carrier and tracking number, so
 * it follows the parcel and takes over the receivable on delivery. DSK answers the same report
 * again with OK, so a retry after a lost answer is safe.
 */
@Component("reportShipment")
class ReportShipment implements JavaDelegate {

  static final String STEP = "reportShipment";

  private static final Logger log = LoggerFactory.getLogger(ReportShipment.class);

  private final Orders orders;
  private final DskClient dsk;
  private final DskFailures failures;
  private final Clock clock;

  ReportShipment(Orders orders, DskClient dsk, DskFailures failures, Clock clock) {
    this.orders = orders;
    this.dsk = dsk;
    this.failures = failures;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Order order = orders.require((String) execution.getVariable(OrderProcess.ORDER_NUMBER));
    DskShipment shipment =
        new DskShipment(
            order.shipmentCarrier(), order.shipmentTrackingNumber(), order.shipmentShippedOn());

    try {
      dsk.reportShipment(DskOrderMapping.transaction(order), shipment);
    } catch (RuntimeException e) {
      throw failures.handle(e, execution, order, STEP, false);
    }

    order.shipmentRegisteredWithDsk(clock.instant());
    log.info(
        "DSK accepted the shipment of order {} (transaction {}): {} {}.",
        order.orderNumber(),
        order.dskTransactionId(),
        shipment.carrier(),
        shipment.slipNo());
  }
}
