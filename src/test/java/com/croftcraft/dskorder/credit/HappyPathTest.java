package com.croftcraft.dskorder.credit;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class HappyPathTest extends ServiceTest {

  @Test
  void registersShipsAndReportsAnOrderWithCreditOk() {
    String orderNumber = newOrderNumber("HAPPY");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/shipment/register", transactionId);

    ResponseEntity<JsonNode> placed =
        as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);

    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(placed.getHeaders().getLocation()).hasPath("/api/orders/" + orderNumber);
    assertThat(placed.getBody().at("/credit/status").asText()).isEqualTo("PENDING");
    ProcessInstance instance =
        processInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
    assertThat(instance).isWaitingAt("registerWithDsk");

    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    JsonNode registered = view(orderNumber);
    assertThat(registered.at("/credit/status").asText()).isEqualTo("OK");
    assertThat(registered.at("/dskTransactionId").asText()).isEqualTo(transactionId);
    assertThat(registered.at("/credit/checkedAt").asText()).endsWith("+09:00");

    ResponseEntity<JsonNode> shipped =
        as("cart")
            .postForEntity(
                "/api/orders/" + orderNumber + "/shipment",
                Map.of("trackingNumber", "1234-5678-9012", "shippedOn", "2026-12-04"),
                JsonNode.class);

    assertThat(shipped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shipped.getBody().at("/status").asText()).isEqualTo("SHIPPED");
    assertThat(shipped.getBody().at("/shipment/carrier").asText()).isEqualTo("YAMATO");
    assertThat(shipped.getBody().at("/shipment/registeredWithDsk").asBoolean()).isFalse();
    assertThat(instance).isWaitingAt("reportShipment");

    execute(job());

    assertThat(view(orderNumber).at("/shipment/registeredWithDsk").asBoolean()).isTrue();
    assertThat(instance).isWaitingAt("awaitSettlement");
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
    assertThat(DskStandIn.calls("/shipment/register", transactionId)).isEqualTo(1);

    execute(job());

    assertThat(instance).isEnded().hasPassed("orderCompleted");
  }
}
