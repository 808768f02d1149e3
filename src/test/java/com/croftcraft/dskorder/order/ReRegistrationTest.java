package com.croftcraft.dskorder.order;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ReRegistrationTest extends ServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aShippedOrderIsCancelledRegisteredAgainAndItsShipmentReportedAgain() {
    String orderNumber = newOrderNumber("REREG");
    String oldTransaction = OrderFixtures.transactionId();
    String newTransaction = OrderFixtures.transactionId();
    ProcessInstance instance = shipped(orderNumber, oldTransaction);
    DskStandIn.accepts("/order/cancel", oldTransaction);
    DskStandIn.registers(orderNumber + "-2", newTransaction, "OK");
    DskStandIn.accepts("/shipment/register", newTransaction);

    ResponseEntity<JsonNode> accepted =
        reRegister(orderNumber, OrderFixtures.oneMug().put("version", 1));

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(accepted.getBody().at("/credit/status").asText()).isEqualTo("PENDING");
    assertThat(accepted.getBody().at("/totalAmount").asLong()).isEqualTo(3200);

    runDueJobs(instance.getId());

    assertThat(instance)
        .hasPassed(
            "cancelForReRegistration",
            "cancelDskTransaction",
            "startReRegistration",
            "reportShipment")
        .isWaitingAt("awaitSettlement");
    DskStandIn.server()
        .verify(
            DskStandIn.requested("/order/cancel", oldTransaction)
                .withRequestBody(matchingXPath("//billedAmount[text()='5600']")));
    JsonNode view = view(orderNumber);
    assertThat(view.at("/dskTransactionId").asText()).isEqualTo(newTransaction);
    assertThat(view.at("/credit/status").asText()).isEqualTo("OK");
    assertThat(view.at("/status").asText()).isEqualTo("SHIPPED");
    assertThat(view.at("/shipment/registeredWithDsk").asBoolean()).isTrue();
    assertThat(DskStandIn.calls("/shipment/register", newTransaction)).isEqualTo(1);
  }

  @Test
  void aFailureMidwayLeavesTheOrderWithAnOperator() {
    String orderNumber = newOrderNumber("REFAIL");
    String oldTransaction = OrderFixtures.transactionId();
    ProcessInstance instance = shipped(orderNumber, oldTransaction);
    DskStandIn.accepts("/order/cancel", oldTransaction);
    DskStandIn.refuses("/order/register", orderNumber + "-2", "E0102", "buyer.tel");

    reRegister(orderNumber, OrderFixtures.oneMug().put("version", 1));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("resolveDskFailure");
    JsonNode view = view(orderNumber);
    assertThat(view.at("/credit/status").asText()).isEqualTo("ERROR");
    assertThat(view.at("/credit/reasons/0/code").asText()).isEqualTo("E0102");
  }

  @Test
  void anOldTransactionDskWillNotCancelStopsTheReRegistrationAtAnOperator() {
    String orderNumber = newOrderNumber("RECXF");
    String oldTransaction = OrderFixtures.transactionId();
    String newTransaction = OrderFixtures.transactionId();
    ProcessInstance instance = shipped(orderNumber, oldTransaction);
    DskStandIn.fails("/order/cancel", oldTransaction, 503);

    reRegister(orderNumber, OrderFixtures.oneMug().put("version", 1));
    failJobFiveTimes();
    execute(job());

    assertThat(instance).isWaitingAt("resolveFailedCancellation");
    assertThat(view(orderNumber).at("/credit/reasons/0/code").asText())
        .isEqualTo("DSK_CANCEL_FAILED");
    assertThat(DskStandIn.calls("/order/register", orderNumber + "-2")).isZero();

    DskStandIn.accepts("/order/cancel", oldTransaction);
    DskStandIn.registers(orderNumber + "-2", newTransaction, "OK");
    DskStandIn.accepts("/shipment/register", newTransaction);
    complete(task(), withVariables("decision", "RESEND"));
    runDueJobs(instance.getId());

    assertThat(instance).hasPassed("cancelOldTransactionAgain").isWaitingAt("awaitSettlement");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(newTransaction);
  }

  @Test
  void anOperatorWhoCancelledTheOldTransactionAtDskLetsTheReRegistrationGoOn() {
    String orderNumber = newOrderNumber("RECXH");
    String oldTransaction = OrderFixtures.transactionId();
    String newTransaction = OrderFixtures.transactionId();
    ProcessInstance instance = shipped(orderNumber, oldTransaction);
    DskStandIn.refuses("/order/cancel", oldTransaction, "E0102", "transaction.billedAmount");
    reRegister(orderNumber, OrderFixtures.oneMug().put("version", 1));
    failJobFiveTimes();
    execute(job());
    assertThat(instance).isWaitingAt("resolveFailedCancellation");
    DskStandIn.registers(orderNumber + "-2", newTransaction, "OK");
    DskStandIn.accepts("/shipment/register", newTransaction);

    complete(task(), withVariables("decision", "CANCELLED_AT_DSK"));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("awaitSettlement");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(newTransaction);
  }

  @Test
  void anOrderNotReportedShippedIsEditedInstead() {
    String orderNumber = newOrderNumber("RENOT");
    DskStandIn.registers(orderNumber, OrderFixtures.transactionId(), "OK");
    as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);

    ResponseEntity<JsonNode> refused =
        reRegister(orderNumber, OrderFixtures.oneMug().put("version", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText())
        .endsWith("/problems/re-registration-not-possible");
  }

  private ProcessInstance shipped(String orderNumber, String transactionId) {
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/shipment/register", transactionId);
    as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);
    ProcessInstance instance =
        processInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
    assertThat(instance).isStarted();
    execute(job());
    ship(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("awaitSettlement");
    return instance;
  }

  private ResponseEntity<JsonNode> reRegister(String orderNumber, ObjectNode body) {
    return as("cart")
        .postForEntity("/api/orders/" + orderNumber + "/re-registration", body, JsonNode.class);
  }
}
