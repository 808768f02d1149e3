package com.croftcraft.dskorder.credit;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The paths by which an order recovers: retries exhausted, operators resending, late edits. */
class RecoveryPathsTest extends ServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aShipmentReportDskDoesNotTakeGoesToAnOperatorWhoResendsIt() {
    String orderNumber = newOrderNumber("SHFAIL");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.fails("/shipment/register", transactionId, 502);
    ProcessInstance instance = place(orderNumber);
    execute(job());
    ship(orderNumber);

    failJobFiveTimes();
    execute(job());

    assertThat(instance).isWaitingAt("resolveShipmentReport");
    JsonNode failed = view(orderNumber);
    assertThat(failed.at("/status").asText()).isEqualTo("SHIPPED");
    assertThat(failed.at("/credit/status").asText()).isEqualTo("OK");
    assertThat(failed.at("/shipment/registeredWithDsk").asBoolean()).isFalse();

    dskCircuitBreaker().reset();
    DskStandIn.accepts("/shipment/register", transactionId);
    complete(task(), withVariables("decision", "RESEND"));
    execute(job());

    assertThat(instance).isWaitingAt("awaitSettlement");
    assertThat(view(orderNumber).at("/shipment/registeredWithDsk").asBoolean()).isTrue();
  }

  @Test
  void anInquiryThatKeepsFailingIsResentByAnOperatorAtTheSameStep() {
    clockAt(Instant.parse("2026-12-03T01:30:00Z"));
    String orderNumber = newOrderNumber("INQFAIL");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "HOLD");
    DskStandIn.fails("/order/auth-result", transactionId, 500);
    ProcessInstance instance = place(orderNumber);
    execute(job());
    clockAt(Instant.parse("2026-12-03T02:11:00Z"));
    execute(job());
    assertThat(instance).isWaitingAt("inquireCreditResult");

    failJobFiveTimes();
    execute(job());

    assertThat(instance).isWaitingAt("resolveDskFailure");
    assertThat(view(orderNumber).at("/credit/status").asText()).isEqualTo("ERROR");

    dskCircuitBreaker().reset();
    DskStandIn.inquiryAnswers(transactionId, orderNumber, "OK");
    complete(task(), withVariables("decision", "RESEND"));

    assertThat(instance).isWaitingAt("inquireCreditResult");
    execute(job());
    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
  }

  @Test
  void anEditOfAHeldOrderIsSentAtOnceInsteadOfWaitingForTheSlot() {
    clockAt(Instant.parse("2026-12-03T01:30:00Z"));
    String orderNumber = newOrderNumber("HELDED");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "HOLD");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "OK");
    ProcessInstance instance = place(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("awaitInquirySlot");

    edit(orderNumber, OrderFixtures.oneMug().put("version", 1));

    assertThat(instance).isWaitingAt("sendModification");
    execute(job());
    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(DskStandIn.calls("/order/auth-result", transactionId)).isZero();
  }

  @Test
  void aRefusedModificationIsResentByAnOperatorOrCorrectedByAnotherEdit() {
    String orderNumber = newOrderNumber("MODREF");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.refuses("/order/modify", transactionId, "E0102", "buyer.zipCode");
    ProcessInstance instance = place(orderNumber);
    execute(job());
    edit(orderNumber, OrderFixtures.oneMug().put("version", 1));

    execute(job());

    assertThat(instance).isWaitingAt("resolveDskFailure");
    assertThat(view(orderNumber).at("/credit/reasons/0/item").asText()).isEqualTo("buyer.zipCode");

    complete(task(), withVariables("decision", "RESEND"));

    assertThat(instance).isWaitingAt("sendModification");
    execute(job());
    assertThat(instance).isWaitingAt("resolveDskFailure");

    DskStandIn.modifyAnswers(transactionId, orderNumber, "OK");
    ObjectNode corrected = OrderFixtures.oneMug().put("version", 2);
    corrected.set("customer", order(orderNumber).get("customer").deepCopy());
    ((ObjectNode) corrected.get("customer")).put("postalCode", "1000001");
    edit(orderNumber, corrected);

    assertThat(instance).isWaitingAt("sendModification");
    execute(job());
    assertThat(instance).isWaitingAt("awaitShipment");
  }

  @Test
  void anEditThatArrivesWhileTheRegistrationIsUnderWayIsSentAfterIt() throws Exception {
    String orderNumber = newOrderNumber("MEANW");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.server()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.post("/order/register")
                .withRequestBody(
                    com.github.tomakehurst.wiremock.client.WireMock.matchingXPath(
                        "//shopTransactionId[text()='" + orderNumber + "']"))
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFixedDelay(1500)
                        .withHeader("Content-Type", "application/xml")
                        .withBody(
                            "<response><result>OK</result><transactionResult>"
                                + "<shopTransactionId>"
                                + orderNumber
                                + "</shopTransactionId>"
                                + "<transactionId>"
                                + transactionId
                                + "</transactionId>"
                                + "<authorResult>OK</authorResult></transactionResult>"
                                + "</response>")));
    DskStandIn.foundByShopTransactionId(orderNumber, transactionId, "OK");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "OK");
    ProcessInstance instance = place(orderNumber);
    String jobId = job().getId();

    Thread registration =
        new Thread(
            () -> {
              try {
                processEngine.getManagementService().executeJob(jobId);
              } catch (RuntimeException collidedWithTheEdit) {
                // The edit changed the order under the job: the engine retries it in 10 s.
              }
            });
    registration.start();
    Thread.sleep(500);
    edit(orderNumber, OrderFixtures.oneMug().put("version", 1));
    registration.join();
    clockAt(Instant.now().plusSeconds(60));
    runDueJobs(instance.getId());

    assertThat(instance).hasPassed("sendModification").isWaitingAt("awaitShipment");
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
    DskStandIn.server()
        .verify(
            DskStandIn.requested("/order/modify", transactionId)
                .withRequestBody(
                    com.github.tomakehurst.wiremock.client.WireMock.matchingXPath(
                        "//billedAmount[text()='3200']")));
  }

  private void failFiveTimes() {
    failJobFiveTimes();
  }
}
