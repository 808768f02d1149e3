package com.croftcraft.dskorder.order;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class OrderEditTest extends ServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anEditThatRaisesTheAmountIsReviewedAgainAndWaitsForTheSlots() {
    String orderNumber = newOrderNumber("EDUP");
    String transactionId = OrderFixtures.transactionId();
    ProcessInstance instance = placedWithCredit(orderNumber, transactionId, "OK");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "HOLD");

    ResponseEntity<JsonNode> edited = edit(orderNumber, withItems(3, 8000L).put("version", 1));

    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(edited.getBody().at("/credit/status").asText()).isEqualTo("HOLD");
    assertThat(edited.getBody().at("/totalAmount").asLong()).isEqualTo(8000);
    assertThat(edited.getBody().at("/version").asLong()).isEqualTo(2);
    assertThat(instance).isWaitingAt("sendModification");

    execute(job());

    assertThat(instance).isWaitingAt("awaitInquirySlot");
    assertThat(view(orderNumber).at("/credit/nextInquiryAt").isNull()).isFalse();
    assertThat(DskStandIn.calls("/order/modify", transactionId)).isEqualTo(1);
    DskStandIn.server()
        .verify(
            DskStandIn.requested("/order/modify", transactionId)
                .withRequestBody(matchingXPath("//billedAmount[text()='8000']")));
  }

  @Test
  void changedItemsWithTheSameAmountKeepTheCreditResult() {
    String orderNumber = newOrderNumber("EDSAME");
    String transactionId = OrderFixtures.transactionId();
    ProcessInstance instance = placedWithCredit(orderNumber, transactionId, "OK");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "OK");
    ObjectNode body = JSON.createObjectNode().put("version", 1);
    body.putArray("items")
        .addObject()
        .put("sku", "MUG-02")
        .put("name", "藍染めマグ")
        .put("unitPrice", 4800)
        .put("quantity", 1);

    ResponseEntity<JsonNode> edited = edit(orderNumber, body);

    assertThat(edited.getBody().at("/credit/status").asText()).isEqualTo("OK");
    assertThat(edited.getBody().at("/items/0/name").asText()).isEqualTo("藍染めマグ");

    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(view(orderNumber).at("/credit/status").asText()).isEqualTo("OK");
  }

  @Test
  void anEditOnAnOutdatedVersionIsRefusedAndChangesNothing() {
    String orderNumber = newOrderNumber("EDSTALE");
    placedWithCredit(orderNumber, OrderFixtures.transactionId(), "OK");

    ResponseEntity<JsonNode> refused = edit(orderNumber, withItems(1, 3200L).put("version", 7));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/stale-version");
    assertThat(view(orderNumber).at("/totalAmount").asLong()).isEqualTo(5600);
  }

  @Test
  void anEditWithoutAVersionIsInvalid() {
    String orderNumber = newOrderNumber("EDNOVER");
    placedWithCredit(orderNumber, OrderFixtures.transactionId(), "OK");

    ResponseEntity<JsonNode> refused = edit(orderNumber, withItems(1, 3200L));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("version");
  }

  @Test
  void anEditThatBreaksTheTotalNamesTheField() {
    String orderNumber = newOrderNumber("EDSUM");
    placedWithCredit(orderNumber, OrderFixtures.transactionId(), "OK");

    ResponseEntity<JsonNode> refused =
        edit(orderNumber, JSON.createObjectNode().put("totalAmount", 9999).put("version", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("totalAmount");
  }

  @Test
  void aShippedOrderIsLockedAndNothingGoesToDsk() {
    String orderNumber = newOrderNumber("EDLOCK");
    String transactionId = OrderFixtures.transactionId();
    placedWithCredit(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/shipment/register", transactionId);
    ship(orderNumber);
    execute(job());

    ResponseEntity<JsonNode> refused = edit(orderNumber, withItems(1, 3200L).put("version", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/order-locked");
    assertThat(DskStandIn.calls("/order/modify", transactionId)).isZero();
  }

  @Test
  void aCancelledOrderIsClosedForEdits() {
    String orderNumber = newOrderNumber("EDCLOSED");
    String transactionId = OrderFixtures.transactionId();
    placedWithCredit(orderNumber, transactionId, "OK");
    DskStandIn.accepts("/order/cancel", transactionId);
    as("cart").postForEntity("/api/orders/" + orderNumber + "/cancel", null, JsonNode.class);

    ResponseEntity<JsonNode> refused = edit(orderNumber, withItems(1, 3200L).put("version", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/order-closed");
  }

  @Test
  void anEditOfAnOrderInErrorSendsItAgain() {
    String orderNumber = newOrderNumber("EDERR");
    DskStandIn.refuses("/order/register", orderNumber, "E0102", "buyer.tel");
    as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);
    ProcessInstance instance = instance(orderNumber);
    execute(job());
    assertThat(instance).isWaitingAt("resolveDskFailure");
    String transactionId = OrderFixtures.transactionId();
    DskStandIn.unknownByShopTransactionId(orderNumber);
    DskStandIn.registers(orderNumber, transactionId, "OK");
    ObjectNode body = JSON.createObjectNode().put("version", 1);
    body.set("customer", order(orderNumber).get("customer").deepCopy());
    ((ObjectNode) body.get("customer")).put("phone", "03-1234-5679");

    ResponseEntity<JsonNode> edited = edit(orderNumber, body);

    assertThat(edited.getBody().at("/credit/status").asText()).isEqualTo("PENDING");
    assertThat(instance).isWaitingAt("registerWithDsk");

    execute(job());

    assertThat(instance).isWaitingAt("awaitShipment");
    assertThat(view(orderNumber).at("/dskTransactionId").asText()).isEqualTo(transactionId);
  }

  @Test
  void anEditOfAnNgOrderIsReviewedAgainAndEndsItsTask() {
    String orderNumber = newOrderNumber("EDNG");
    String transactionId = OrderFixtures.transactionId();
    ProcessInstance instance = placedWithCredit(orderNumber, transactionId, "NG");
    assertThat(instance).isWaitingAt("resolveCreditNg");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "HOLD");

    ResponseEntity<JsonNode> edited =
        edit(
            orderNumber,
            JSON.createObjectNode()
                .putNull("destination")
                .put("version", 1)
                .put("shippingFee", 0)
                .put("totalAmount", 4800));

    assertThat(edited.getBody().at("/credit/status").asText()).isEqualTo("NG");
    assertThat(instance).isWaitingAt("sendModification");

    execute(job());

    assertThat(instance).isWaitingAt("awaitInquirySlot");
    assertThat(view(orderNumber).at("/credit/status").asText()).isEqualTo("HOLD");
  }

  @Test
  void twoEditsOnTheSameVersionAtOnceTakeTurns() throws Exception {
    String orderNumber = newOrderNumber("EDRACE");
    String transactionId = OrderFixtures.transactionId();
    placedWithCredit(orderNumber, transactionId, "OK");
    DskStandIn.modifyAnswers(transactionId, orderNumber, "OK");
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Callable<ResponseEntity<JsonNode>>> edits = new ArrayList<>();
    edits.add(() -> edit(orderNumber, withItems(1, 3200L).put("version", 1)));
    edits.add(() -> edit(orderNumber, withItems(1, 4000L).put("version", 1)));

    List<HttpStatus> statuses = new ArrayList<>();
    for (Future<ResponseEntity<JsonNode>> answer : threads.invokeAll(edits)) {
      statuses.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
    }
    threads.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    assertThat(view(orderNumber).at("/version").asLong()).isEqualTo(2);
  }

  private ProcessInstance placedWithCredit(
      String orderNumber, String transactionId, String result) {
    DskStandIn.registers(orderNumber, transactionId, result);
    as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);
    ProcessInstance instance = instance(orderNumber);
    execute(job());
    return instance;
  }

  /** One line of mugs at 2,400 yen plus shipping, totalling the given amount. */
  private static ObjectNode withItems(int quantity, long total) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("items")
        .addObject()
        .put("sku", "MUG-01")
        .put("name", "手織りマグ")
        .put("unitPrice", (total - 800) / quantity)
        .put("quantity", quantity);
    body.put("totalAmount", total);
    return body;
  }
}
