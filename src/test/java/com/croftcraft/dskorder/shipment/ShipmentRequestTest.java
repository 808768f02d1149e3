package com.croftcraft.dskorder.shipment;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class ShipmentRequestTest extends ServiceTest {

  private String orderNumber;

  @BeforeEach
  void placeAnOrder() {
    orderNumber = newOrderNumber("SHIP");
    ResponseEntity<JsonNode> placed =
        as("cart").postForEntity("/api/orders", order(orderNumber), JsonNode.class);
    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void refusesAnEmptyTrackingNumber() {
    assertThat(fields(ship(orderNumber, shipment("")))).containsExactly("trackingNumber");
  }

  @Test
  void refusesAMissingTrackingNumber() {
    Map<String, String> body = shipment("1234");
    body.remove("trackingNumber");

    assertThat(fields(ship(orderNumber, body))).containsExactly("trackingNumber");
  }

  @Test
  void refusesATrackingNumberWithLetters() {
    assertThat(fields(ship(orderNumber, shipment("YT-1234-5678"))))
        .containsExactly("trackingNumber");
  }

  @Test
  void refusesATrackingNumberOfTwentyOneCharacters() {
    assertThat(fields(ship(orderNumber, shipment("1234-5678-9012-345678"))))
        .containsExactly("trackingNumber");
  }

  @Test
  void refusesAShippingDateThatIsNoDate() {
    Map<String, String> body = shipment("1234-5678-9012");
    body.put("shippedOn", "2026/12/04");

    assertThat(fields(ship(orderNumber, body))).containsExactly("shippedOn");
  }

  @Test
  void refusesAnUnknownCarrier() {
    Map<String, String> body = shipment("1234-5678-9012");
    body.put("carrier", "KURONEKO");

    assertThat(fields(ship(orderNumber, body))).containsExactly("carrier");
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    Map<String, String> body = shipment("ABC");
    body.put("shippedOn", "tomorrow");
    body.put("carrier", "KURONEKO");

    assertThat(fields(ship(orderNumber, body)))
        .containsExactlyInAnyOrder("trackingNumber", "shippedOn", "carrier");
  }

  @Test
  void answersAnUnknownOrderWithOrderNotFound() {
    ResponseEntity<JsonNode> missing = ship(newOrderNumber("NOWHERE"), shipment("1234-5678-9012"));

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().at("/type").asText()).endsWith("/problems/order-not-found");
  }

  @Test
  void refusesToShipAnOrderWhoseCreditIsPending() {
    ResponseEntity<JsonNode> refused = ship(orderNumber, shipment("１２３４－５６７８－９０１２"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/credit-not-ok");
    JsonNode view = as("cart").getForObject("/api/orders/" + orderNumber, JsonNode.class);
    assertThat(view.at("/status").asText()).isEqualTo("OPEN");
    assertThat(view.at("/credit/status").asText()).isEqualTo("PENDING");
    assertThat(view.at("/shipment/trackingNumber").isNull()).isTrue();
    assertThat(view.at("/shipment/shippedOn").isNull()).isTrue();
    assertThat(processInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult())
        .isWaitingAt("registerWithDsk");
  }

  private ResponseEntity<JsonNode> ship(String orderNumber, Map<String, String> body) {
    return as("cart")
        .postForEntity("/api/orders/" + orderNumber + "/shipment", body, JsonNode.class);
  }

  private static Map<String, String> shipment(String trackingNumber) {
    Map<String, String> body = new HashMap<>();
    body.put("trackingNumber", trackingNumber);
    body.put("shippedOn", "2026-12-04");
    return body;
  }

  private static List<String> fields(ResponseEntity<JsonNode> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/validation");
    return StreamSupport.stream(refused.getBody().at("/errors").spliterator(), false)
        .map(error -> error.at("/field").asText())
        .toList();
  }
}
