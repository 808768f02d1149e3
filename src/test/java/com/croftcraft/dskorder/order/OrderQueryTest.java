package com.croftcraft.dskorder.order;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class OrderQueryTest extends ServiceTest {

  @Test
  void findsAnOrderByItsNumber() {
    String orderNumber = placed("FIND");

    ResponseEntity<JsonNode> found = get("/api/orders/" + orderNumber);

    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody().at("/orderNumber").asText()).isEqualTo(orderNumber);
    assertThat(found.getBody().at("/credit/status").asText()).isEqualTo("PENDING");
  }

  @Test
  void answersAnUnknownOrderWithOrderNotFound() {
    ResponseEntity<JsonNode> missing = get("/api/orders/" + newOrderNumber("NOWHERE"));

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(missing.getBody().at("/type").asText()).endsWith("/problems/order-not-found");
    assertThat(missing.getBody().at("/status").asInt()).isEqualTo(404);
  }

  @Test
  void listsOrdersNewestFirstInPagesOfFiftyByDefault() {
    String older = placed("OLDER");
    String newer = placed("NEWER");

    ResponseEntity<JsonNode> listed = get("/api/orders");

    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode page = listed.getBody();
    assertThat(fieldNames(page))
        .containsExactlyInAnyOrder("content", "page", "size", "totalElements");
    assertThat(page.at("/page").asInt()).isZero();
    assertThat(page.at("/size").asInt()).isEqualTo(50);
    assertThat(page.at("/totalElements").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(orderNumbers(page)).hasSizeLessThanOrEqualTo(50).startsWith(newer, older);
  }

  @Test
  void pagesThroughTheList() {
    String older = placed("PAGE1");
    String newer = placed("PAGE0");

    JsonNode second = get("/api/orders?page=1&size=1").getBody();

    assertThat(second.at("/page").asInt()).isEqualTo(1);
    assertThat(second.at("/size").asInt()).isEqualTo(1);
    assertThat(orderNumbers(second)).containsExactly(older);
    assertThat(orderNumbers(get("/api/orders?size=1").getBody())).containsExactly(newer);
  }

  @Test
  void refusesAPageSizeOverFiveHundred() {
    ResponseEntity<JsonNode> refused = get("/api/orders?size=501");

    assertValidationNaming(refused, "size");
    assertThat(get("/api/orders?size=500").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void refusesANegativePage() {
    assertValidationNaming(get("/api/orders?page=-1"), "page");
  }

  @Test
  void refusesAPageThatIsNoNumber() {
    assertValidationNaming(get("/api/orders?page=first"), "page");
  }

  @Test
  void filtersByCreditStatus() {
    String pending = placed("PENDING");
    String changed = placed("CHANGED");
    as("cart").put("/api/orders/" + changed + "/payment-method", Map.of("paymentMethod", "COD"));

    JsonNode changedOrders = get("/api/orders?creditStatus=NOT_APPLICABLE&size=500").getBody();
    JsonNode pendingOrders = get("/api/orders?creditStatus=PENDING&size=500").getBody();

    assertThat(orderNumbers(changedOrders)).contains(changed).doesNotContain(pending);
    assertThat(values(changedOrders, "/credit/status")).containsOnly("NOT_APPLICABLE");
    assertThat(changedOrders.at("/totalElements").asLong())
        .isEqualTo(changedOrders.at("/content").size());
    assertThat(orderNumbers(pendingOrders)).contains(pending).doesNotContain(changed);
    assertThat(values(pendingOrders, "/credit/status")).containsOnly("PENDING");
  }

  @Test
  void filtersByStatus() {
    String open = placed("OPEN");
    String cancelled = placed("CANCELLED");
    as("cart").postForEntity("/api/orders/" + cancelled + "/cancel", null, JsonNode.class);

    JsonNode openOrders = get("/api/orders?status=OPEN&size=500").getBody();
    JsonNode cancelledOrders = get("/api/orders?status=CANCELLED&size=500").getBody();

    assertThat(orderNumbers(openOrders)).contains(open).doesNotContain(cancelled);
    assertThat(values(openOrders, "/status")).containsOnly("OPEN");
    assertThat(orderNumbers(cancelledOrders)).contains(cancelled).doesNotContain(open);
    assertThat(values(cancelledOrders, "/status")).containsOnly("CANCELLED");
  }

  @Test
  void refusesAnUnknownCreditStatus() {
    assertValidationNaming(get("/api/orders?creditStatus=MAYBE"), "creditStatus");
  }

  @Test
  void refusesAnUnknownStatus() {
    assertValidationNaming(get("/api/orders?status=LOST"), "status");
  }

  private String placed(String prefix) {
    String orderNumber = newOrderNumber(prefix);
    ResponseEntity<JsonNode> placed =
        as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);
    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return orderNumber;
  }

  private ResponseEntity<JsonNode> get(String path) {
    return as("operator").getForEntity(path, JsonNode.class);
  }

  private static void assertValidationNaming(ResponseEntity<JsonNode> refused, String field) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/validation");
    assertThat(values(refused.getBody(), "/errors", "/field")).containsExactly(field);
  }

  private static List<String> orderNumbers(JsonNode page) {
    return values(page, "/orderNumber");
  }

  private static List<String> values(JsonNode page, String pointer) {
    return values(page, "/content", pointer);
  }

  private static List<String> values(JsonNode node, String array, String pointer) {
    return StreamSupport.stream(node.at(array).spliterator(), false)
        .map(element -> element.at(pointer).asText())
        .toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
