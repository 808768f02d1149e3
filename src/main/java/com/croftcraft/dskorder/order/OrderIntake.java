package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.DskProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an order from the cart: stores it and starts its process in one transaction, so the order
 * is safe before anything is sent to DSK and the registration job exists exactly when the order
 * does.
 */
@Service
class OrderIntake {

  private static final Logger log = LoggerFactory.getLogger(OrderIntake.class);

  private final Orders orders;
  private final RuntimeService runtimeService;
  private final DskProperties dsk;
  private final ObjectMapper objectMapper;

  OrderIntake(
      Orders orders, RuntimeService runtimeService, DskProperties dsk, ObjectMapper objectMapper) {
    this.orders = orders;
    this.runtimeService = runtimeService;
    this.dsk = dsk;
    this.objectMapper = objectMapper;
  }

  record Received(Order order, boolean created) {}

  /**
   * Registers the order, or returns the one registered before with the same body.
   *
   * @throws com.croftcraft.dskorder.api.InvalidInput naming every bad field
   * @throws DuplicateOrder when the number is taken by another body
   */
  @Transactional
  Received receive(OrderRequest body) {
    OrderRequest request = OrderRequests.trimmed(body);
    OrderContent content = OrderRequests.validContent(request, dsk.invoiceDelivery());
    String fingerprint = fingerprint(request);

    Optional<Received> earlier = earlier(content.orderNumber(), fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }

    Order order =
        new Order(
            content, OrderRequests.orderedAt(request), OrderRequests.channel(request), fingerprint);
    orders.saveAndFlush(order);

    runtimeService.startProcessInstanceByKey(
        OrderProcess.KEY,
        order.orderNumber(),
        Map.of(OrderProcess.ORDER_NUMBER, order.orderNumber()));
    log.info(
        "Order {} received ({} yen, {}); its DSK registration is queued.",
        order.orderNumber(),
        order.totalAmount(),
        order.invoiceDelivery());
    return new Received(order, true);
  }

  /** After a concurrent insert of the same number won the race: answer as for a repeat. */
  @Transactional(readOnly = true)
  Received receiveRepeated(OrderRequest body) {
    OrderRequest request = OrderRequests.trimmed(body);
    return earlier(request.orderNumber(), fingerprint(request))
        .orElseThrow(() -> new IllegalStateException("Order vanished: " + request.orderNumber()));
  }

  private Optional<Received> earlier(String orderNumber, String fingerprint) {
    return orders
        .findByOrderNumber(orderNumber)
        .map(
            existing -> {
              if (!existing.hasSameRequest(fingerprint)) {
                throw new DuplicateOrder(orderNumber);
              }
              return new Received(existing, false);
            });
  }

  private String fingerprint(OrderRequest request) {
    try {
      byte[] canonical = objectMapper.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint order " + request.orderNumber(), e);
    }
  }
}
