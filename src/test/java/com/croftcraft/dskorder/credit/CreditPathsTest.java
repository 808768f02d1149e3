package com.croftcraft.dskorder.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CreditPathsTest extends ServiceTest {

  @Test
  void aHeldOrderIsInquiredAtEachSlotUntilDskDecides() {
    clockAt(Instant.parse("2026-12-03T01:30:00Z"));
    String orderNumber = newOrderNumber("HOLD");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "HOLD");
    DskStandIn.inquiryAnswers(transactionId, orderNumber, "HOLD");
    ProcessInstance instance = place(orderNumber);

    execute(job());

    assertThat(instance).isWaitingAt("awaitInquirySlot");
    JsonNode held = view(orderNumber);
    assertThat(held.at("/credit/status").asText()).isEqualTo("HOLD");
    assertThat(held.at("/credit/nextInquiryAt").asText()).isEqualTo("2026-12-03T11:10:00+09:00");
    assertThat(job().getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-03T02:10:00Z"));
    assertThat(jobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

    clockAt(Instant.parse("2026-12-03T02:10:30Z"));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("awaitInquirySlot");
    JsonNode stillHeld = view(orderNumber);
    assertThat(stillHeld.at("/credit/nextInquiryAt").asText())
        .isEqualTo("2026-12-03T14:10:00+09:00");
    assertThat(stillHeld.at("/credit/reasons/0/code").asText()).isEqualTo("R021");
    assertThat(stillHeld.at("/credit/reasons/0/message").asText()).isEqualTo("住所確認中");

    DskStandIn.inquiryAnswers(transactionId, orderNumber, "OK");
    clockAt(Instant.parse("2026-12-03T04:00:00Z"));
    runDueJobs(instance.getId());

    assertThat(DskStandIn.calls("/order/auth-result", transactionId)).isEqualTo(1);

    clockAt(Instant.parse("2026-12-03T05:10:00Z"));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("awaitShipment");
    JsonNode decided = view(orderNumber);
    assertThat(decided.at("/credit/status").asText()).isEqualTo("OK");
    assertThat(decided.at("/credit/nextInquiryAt").isNull()).isTrue();
    assertThat(DskStandIn.calls("/order/auth-result", transactionId)).isEqualTo(2);
  }

  @Test
  void anOrderHeldAfterTheLastSlotWaitsForTheNextMorning() {
    clockAt(Instant.parse("2026-12-03T09:30:00Z"));
    String orderNumber = newOrderNumber("LATE");
    DskStandIn.registers(orderNumber, OrderFixtures.transactionId(), "HOLD");
    ProcessInstance instance = place(orderNumber);

    execute(job());

    assertThat(instance).isWaitingAt("awaitInquirySlot");
    assertThat(view(orderNumber).at("/credit/nextInquiryAt").asText())
        .isEqualTo("2026-12-04T11:10:00+09:00");
  }

  @Test
  void anOperatorCancelsAnNgOrderAndDskCancelsItsTransaction() {
    String orderNumber = newOrderNumber("NGC");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "NG");
    DskStandIn.accepts("/order/cancel", transactionId);
    ProcessInstance instance = place(orderNumber);

    execute(job());

    assertThat(instance).isWaitingAt("resolveCreditNg");
    assertThat(task()).hasCandidateGroup("operators");
    assertThat(processEngine.getFormService().getDeployedTaskForm(task().getId()))
        .asString(StandardCharsets.UTF_8)
        .contains("\"id\": \"credit-ng\"", "与信結果 NG");
    assertThat(view(orderNumber).at("/credit/status").asText()).isEqualTo("NG");
    assertThat(processEngine.getTaskService().getVariableLocal(task().getId(), "customerName"))
        .isEqualTo("山田 太郎");

    complete(task(), withVariables("decision", "CANCEL"));
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("compensateDskOrder", "orderCancelled");
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("CANCELLED");
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isEqualTo(1);
  }

  @Test
  void theOperatorsWorklistKeepsATaskOnceItIsClaimed() {
    String orderNumber = newOrderNumber("NGLIST");
    DskStandIn.registers(orderNumber, OrderFixtures.transactionId(), "NG");
    ProcessInstance instance = place(orderNumber);
    execute(job());
    var filters = processEngine.getFilterService();
    var worklist = filters.createFilterQuery().filterName("DSK 後払い 要対応").singleResult();
    var ngTask =
        processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId());

    processEngine.getTaskService().claim(task().getId(), "operator");

    assertThat(
            filters.list(worklist.getId(), ngTask).stream()
                .map(claimed -> claimed.getAssignee())
                .toList())
        .containsExactly("operator");
  }

  @Test
  void anOperatorMovesAnNgOrderToAnotherPaymentMethod() {
    String orderNumber = newOrderNumber("NGP");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "NG");
    DskStandIn.accepts("/order/cancel", transactionId);
    ProcessInstance instance = place(orderNumber);
    execute(job());

    assertThatThrownBy(() -> complete(task(), withVariables("decision", "CHANGE_PAYMENT_METHOD")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("支払方法");
    assertThat(instance).isWaitingAt("resolveCreditNg");

    complete(
        task(),
        withVariables("decision", "CHANGE_PAYMENT_METHOD", "newPaymentMethod", "BANK_TRANSFER"));
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("paymentMethodChanged");
    JsonNode changed = view(orderNumber);
    assertThat(changed.at("/status").asText()).isEqualTo("PAYMENT_METHOD_CHANGED");
    assertThat(changed.at("/paymentMethod").asText()).isEqualTo("BANK_TRANSFER");
    assertThat(changed.at("/credit/status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isEqualTo(1);
  }

  @Test
  void changingThePaymentMethodThroughTheApiEndsTheNgTaskOnce() {
    String orderNumber = newOrderNumber("NGAPI");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "NG");
    DskStandIn.accepts("/order/cancel", transactionId);
    ProcessInstance instance = place(orderNumber);
    execute(job());

    ResponseEntity<JsonNode> changed = changePaymentMethod(orderNumber, "CREDIT_CARD");

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody().at("/status").asText()).isEqualTo("PAYMENT_METHOD_CHANGED");
    assertThat(changed.getBody().at("/credit/status").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(
            processEngine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .count())
        .isZero();

    runDueJobs(instance.getId());
    ResponseEntity<JsonNode> repeated = changePaymentMethod(orderNumber, "CREDIT_CARD");

    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isEnded().hasPassed("paymentMethodChangedByShop");
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isEqualTo(1);
  }

  @Test
  void anOutageIsRetriedByTheEngineThenHandedToAnOperatorWhoResends() {
    String orderNumber = newOrderNumber("DOWN");
    DskStandIn.fails("/order/register", orderNumber, 503);
    DskStandIn.fails("/order/auth-result", orderNumber, 503);
    ProcessInstance instance = place(orderNumber);

    for (int attempt = 1; attempt <= 5; attempt++) {
      String jobId = job().getId();
      assertThatThrownBy(() -> processEngine.getManagementService().executeJob(jobId))
          .hasMessageContaining("503");
      assertThat(view(orderNumber).at("/credit/status").asText()).isEqualTo("PENDING");
    }
    assertThat(job().getRetries()).isEqualTo(1);

    execute(job());

    assertThat(instance).isWaitingAt("resolveDskFailure");
    JsonNode failed = view(orderNumber);
    assertThat(failed.at("/credit/status").asText()).isEqualTo("ERROR");
    assertThat(failed.at("/credit/reasons/0/code").asText()).isEqualTo("DSK_UNAVAILABLE");

    assertThat(dskCircuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    dskCircuitBreaker().transitionToHalfOpenState();
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.unknownByShopTransactionId(orderNumber);
    DskStandIn.registers(orderNumber, transactionId, "OK");
    ResponseEntity<JsonNode> resent =
        as("cart")
            .postForEntity("/api/orders/" + orderNumber + "/credit-check", null, JsonNode.class);

    assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(resent.getBody().at("/credit/status").asText()).isEqualTo("PENDING");
    assertThat(instance).isWaitingAt("registerWithDsk");

    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(transactionId);
  }

  @Test
  void aRefusedOrderGoesToAnOperatorAtOnceWithDsksReasons() {
    String orderNumber = newOrderNumber("E0102");
    DskStandIn.refuses("/order/register", orderNumber, "E0102", "buyer.tel");
    ProcessInstance instance = place(orderNumber);

    execute(job());

    assertThat(instance).isWaitingAt("resolveDskFailure");
    JsonNode refused = view(orderNumber);
    assertThat(refused.at("/credit/status").asText()).isEqualTo("ERROR");
    assertThat(refused.at("/credit/reasons/0/code").asText()).isEqualTo("E0102");
    assertThat(refused.at("/credit/reasons/0/item").asText()).isEqualTo("buyer.tel");
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
    assertThat(processEngine.getTaskService().getVariableLocal(task().getId(), "dskReasons"))
        .asString()
        .contains("E0102 [buyer.tel]");
  }

  @Test
  void anOperatorCancelsAnOrderThatDskNeverRegistered() {
    String orderNumber = newOrderNumber("E0101");
    DskStandIn.refuses("/order/register", orderNumber, "E0101", "buyer.zipCode");
    DskStandIn.unknownByShopTransactionId(orderNumber);
    ProcessInstance instance = place(orderNumber);
    execute(job());

    complete(task(), withVariables("decision", "CANCEL"));
    runDueJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("orderCancelled");
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aRegistrationWhoseAnswerGotLostIsFoundInsteadOfSentTwice() {
    String orderNumber = newOrderNumber("LOST");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.resets("/order/register", orderNumber);
    ProcessInstance instance = place(orderNumber);
    String jobId = job().getId();

    assertThatThrownBy(() -> processEngine.getManagementService().executeJob(jobId));
    DskStandIn.foundByShopTransactionId(orderNumber, transactionId, "OK");
    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(transactionId);
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
  }

  @Test
  void anOrderDskAlreadyHasIsAdoptedOnE0201() {
    String orderNumber = newOrderNumber("E0201");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.alreadyRegistered(orderNumber, transactionId);
    DskStandIn.inquiryAnswers(transactionId, orderNumber, "OK");
    ProcessInstance instance = place(orderNumber);

    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(transactionId);
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isEqualTo(1);
  }

  @Test
  void aTransactionChangedInDsksAdminScreenStopsAllCallsAndGoesToAnOperator() {
    clockAt(Instant.parse("2026-12-03T01:30:00Z"));
    String orderNumber = newOrderNumber("E0404");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "HOLD");
    DskStandIn.refuses("/order/auth-result", transactionId, "E0404", "transaction.transactionId");
    ProcessInstance instance = place(orderNumber);
    execute(job());

    clockAt(Instant.parse("2026-12-03T02:11:00Z"));
    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("resolveChangedInDskAdminScreen");
    assertThat(view(orderNumber).at("/credit/reasons/0/code").asText()).isEqualTo("E0404");
    assertThat(DskStandIn.calls("/order/auth-result", transactionId)).isEqualTo(1);

    assertThatThrownBy(() -> complete(task()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("DSK");
    complete(task(), withVariables("handledAtDsk", true));

    assertThat(instance).isEnded().hasPassed("closedByHand");
  }

  @Test
  void theShopCancelsAnOrderChangedInDsksAdminScreenWithoutCallingDsk() {
    String orderNumber = newOrderNumber("E0404C");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    DskStandIn.refuses("/shipment/register", transactionId, "E0404", "transaction.transactionId");
    ProcessInstance instance = place(orderNumber);
    execute(job());
    ship(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("resolveChangedInDskAdminScreen");

    ResponseEntity<JsonNode> cancelled =
        as("cart").postForEntity("/api/orders/" + orderNumber + "/cancel", null, JsonNode.class);
    runDueJobs(instance.getId());

    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody().at("/status").asText()).isEqualTo("CANCELLED");
    assertThat(instance).isEnded().hasPassed("closedByShopMeanwhile");
    assertThat(DskStandIn.calls("/order/cancel", transactionId)).isZero();
  }

  @Test
  void aCreditCheckIsRefusedUnlessTheOrderIsInError() {
    String orderNumber = newOrderNumber("NOCHK");
    DskStandIn.registers(orderNumber, OrderFixtures.transactionId(), "OK");
    place(orderNumber);
    execute(job());

    ResponseEntity<JsonNode> refused =
        as("cart")
            .postForEntity("/api/orders/" + orderNumber + "/credit-check", null, JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText())
        .endsWith("/problems/credit-check-not-needed");
  }

  private ResponseEntity<JsonNode> changePaymentMethod(String orderNumber, String method) {
    return as("cart")
        .exchange(
            "/api/orders/" + orderNumber + "/payment-method",
            HttpMethod.PUT,
            new HttpEntity<>(Map.of("paymentMethod", method)),
            JsonNode.class);
  }
}
