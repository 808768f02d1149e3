package com.croftcraft.dskorder.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ClosingTest extends ServiceTest {

  @Test
  void cancellingAShippedOrderCompensatesTheShipmentReportAndTheRegistration() {
    String orderNumber = newOrderNumber("CXS");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/shipment/register", transactionId);
    DskStandIn.accepts("/order/cancel", transactionId);
    ProcessInstance instance = place(orderNumber);
    execute(job());
    ship(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("awaitSettlement");

    ResponseEntity<JsonNode> cancelled = cancel(orderNumber);

    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody().at("/status").asText()).isEqualTo("CANCELLED");

    runDueJobs(instance.getId());

    assertThat(instance)
        .isEnded()
        .hasPassed("withdrawShipmentReport", "cancelDskTransaction", "orderCancelledByShop");
    assertThat(view(orderNumber).at("/shipment/registeredWithDsk").asBoolean()).isFalse();
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isEqualTo(1);

    ResponseEntity<JsonNode> repeated = cancel(orderNumber);

    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isEqualTo(1);
  }

  @Test
  void aCancellationAfterTheProcessEndedGoesToDskDirectlyAndChangesNothingWhenDskIsDown() {
    String orderNumber = newOrderNumber("CXLATE");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/shipment/register", transactionId);
    ProcessInstance instance = place(orderNumber);
    execute(job());
    ship(orderNumber);
    execute(job());
    execute(job());
    assertThat(instance).isEnded().hasPassed("orderCompleted");
    DskStandIn.fails("/order/cancel", transactionId, 503);

    ResponseEntity<JsonNode> refused = cancel(orderNumber);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/dsk-unavailable");
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("SHIPPED");

    DskStandIn.accepts("/order/cancel", transactionId);
    ResponseEntity<JsonNode> cancelled = cancel(orderNumber);

    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void cancellingAHeldOrderEndsItsTimer() {
    clockAt(Instant.parse("2026-12-03T01:30:00Z"));
    String orderNumber = newOrderNumber("CXH");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "HOLD");
    DskStandIn.accepts("/order/cancel", transactionId);
    ProcessInstance instance = place(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("awaitInquirySlot");

    cancel(orderNumber);
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("orderCancelledByShop");
    assertThat(
            processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .count())
        .isZero();
    assertThat(DskStandIn.calls("/order/auth-result", transactionId)).isZero();
  }

  @Test
  void aCancelledOrderDskAlreadyCancelledCountsAsDone() {
    String orderNumber = newOrderNumber("E0403");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.refuses("/order/cancel", transactionId, "E0403", "transaction.transactionId");
    ProcessInstance instance = place(orderNumber);
    execute(job());

    cancel(orderNumber);
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("orderCancelledByShop");
  }

  @Test
  void aPaymentMethodChangeIsRefusedForACancelledOrder() {
    String orderNumber = newOrderNumber("CXP");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/order/cancel", transactionId);
    place(orderNumber);
    cancel(orderNumber);

    ResponseEntity<JsonNode> refused =
        as("cart")
            .exchange(
                "/api/orders/" + orderNumber + "/payment-method",
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("paymentMethod", "CREDIT_CARD")),
                JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/order-closed");
  }

  @Test
  void aPaymentMethodMustNameAnotherMethod() {
    String orderNumber = newOrderNumber("PMV");
    DskStandIn.registers(orderNumber, OrderFixtures.transactionId(), "OK");
    place(orderNumber);

    ResponseEntity<JsonNode> refused =
        as("cart")
            .exchange(
                "/api/orders/" + orderNumber + "/payment-method",
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("paymentMethod", "DSK_ATOBARAI")),
                JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("paymentMethod");
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("OPEN");
  }
}
