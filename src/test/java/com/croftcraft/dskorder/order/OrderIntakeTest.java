package com.croftcraft.dskorder.order;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class OrderIntakeTest extends ServiceTest {

  @Test
  void registersAnOrderAndAnswersWithItsView() {
    String orderNumber = newOrderNumber("INTAKE");

    ResponseEntity<JsonNode> placed = post(order(orderNumber));

    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(placed.getHeaders().getLocation()).hasPath("/api/orders/" + orderNumber);
    JsonNode view = placed.getBody();
    assertThat(view.at("/orderNumber").asText()).isEqualTo(orderNumber);
    assertThat(view.at("/status").asText()).isEqualTo("OPEN");
    assertThat(view.at("/paymentMethod").asText()).isEqualTo("DSK_ATOBARAI");
    assertThat(view.at("/totalAmount").asLong()).isEqualTo(5600);
    assertThat(view.at("/credit/status").asText()).isEqualTo("PENDING");
    assertThat(view.at("/credit").has("checkedAt")).isTrue();
    assertThat(view.at("/credit/checkedAt").isNull()).isTrue();
    assertThat(view.at("/credit/nextInquiryAt").isNull()).isTrue();
    assertThat(view.at("/credit/reasons").isArray()).isTrue();
    assertThat(view.at("/credit/reasons")).isEmpty();
    assertThat(view.has("dskTransactionId")).isTrue();
    assertThat(view.at("/dskTransactionId").isNull()).isTrue();
    assertThat(view.at("/invoice/delivery").asText()).isEqualTo("SEPARATE");
    assertThat(view.at("/invoice/printed").asBoolean()).isFalse();
    assertThat(view.at("/shipment").isObject()).isTrue();
    assertThat(fieldNames(view.at("/shipment")))
        .containsExactlyInAnyOrder("carrier", "trackingNumber", "shippedOn", "registeredWithDsk");
    assertThat(view.at("/shipment/registeredWithDsk").asBoolean()).isFalse();
    assertThat(view.at("/customer")).isEqualTo(order(orderNumber).get("customer"));
    assertThat(view.has("destination")).isTrue();
    assertThat(view.at("/destination").isNull()).isTrue();
    assertThat(view.at("/delivery/method").asText()).isEqualTo("宅急便");
    assertThat(view.at("/delivery/carrier").asText()).isEqualTo("YAMATO");
    assertThat(view.at("/items")).isEqualTo(order(orderNumber).get("items"));
    assertThat(view.at("/version").isIntegralNumber()).isTrue();
  }

  @Test
  void storesTheOrderBeforeDskIsCalled() {
    String orderNumber = newOrderNumber("STORED");

    post(order(orderNumber));

    assertThat(DskStandIn.calls("/order/register", orderNumber)).isZero();
    assertThat(get(orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(processInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult())
        .isWaitingAt("registerWithDsk");
  }

  @Test
  void answersTheSameBodyAgainWithTheExistingOrder() {
    String orderNumber = newOrderNumber("AGAIN");
    post(order(orderNumber));

    ResponseEntity<JsonNode> again = post(order(orderNumber));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().at("/orderNumber").asText()).isEqualTo(orderNumber);
    assertThat(instances(orderNumber)).isEqualTo(1);
    assertThat(DskStandIn.calls("/order/register", orderNumber)).isZero();
  }

  @Test
  void takesTheSameBodyWithSurroundingBlanksAsTheSameOrder() {
    String orderNumber = newOrderNumber("BLANKS");
    post(order(orderNumber));
    ObjectNode padded = order(orderNumber);
    padded.put("orderNumber", "  " + orderNumber + " ");
    ((ObjectNode) padded.get("customer")).put("name", "\u3000山田 太郎 ");
    ((ObjectNode) padded.get("customer")).put("phone", " 03-1234-5678\t");
    ((ObjectNode) padded.get("items").get(0)).put("name", " 手織りマグ ");

    ResponseEntity<JsonNode> again = post(padded);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().at("/customer/name").asText()).isEqualTo("山田 太郎");
    assertThat(instances(orderNumber)).isEqualTo(1);
  }

  @Test
  void refusesAnotherBodyUnderATakenOrderNumber() {
    String orderNumber = newOrderNumber("DUPLICATE");
    post(order(orderNumber));
    ObjectNode other = order(orderNumber);
    ((ObjectNode) other.get("customer")).put("name", "佐藤 花子");

    ResponseEntity<JsonNode> refused = post(other);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/duplicate-order");
    assertThat(refused.getBody().at("/status").asInt()).isEqualTo(409);
    assertThat(get(orderNumber).getBody().at("/customer/name").asText()).isEqualTo("山田 太郎");
    assertThat(instances(orderNumber)).isEqualTo(1);
  }

  @Test
  void registersConcurrentIdenticalRequestsOnce() throws Exception {
    String orderNumber = newOrderNumber("RACE");
    int requests = 4;
    CountDownLatch start = new CountDownLatch(1);
    Callable<HttpStatusCode> placing =
        () -> {
          start.await();
          return post(order(orderNumber)).getStatusCode();
        };

    List<HttpStatusCode> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<HttpStatusCode>> futures = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        futures.add(pool.submit(placing));
      }
      start.countDown();
      for (Future<HttpStatusCode> future : futures) {
        answers.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).containsOnly(HttpStatus.CREATED, HttpStatus.OK);
    assertThat(answers).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
    assertThat(instances(orderNumber)).isEqualTo(1);
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    String orderNumber = newOrderNumber("BAD");
    ObjectNode body = order(orderNumber);
    body.put("orderNumber", "A".repeat(38));
    body.remove("orderedAt");
    body.put("channel", "TELEPHONE");
    ObjectNode customer = (ObjectNode) body.get("customer");
    customer.put("name", "山".repeat(26));
    customer.put("nameKana", "やまだ たろう");
    customer.put("postalCode", "1000-001");
    customer.put("prefecture", "東京");
    customer.put("city", "千".repeat(32));
    customer.put("street", "千代田1-1");
    customer.put("building", "ク".repeat(29));
    customer.put("phone", "03-123-456");
    customer.put("email", "taro.example.jp");
    ObjectNode destination = body.putObject("destination");
    destination.setAll((ObjectNode) order(orderNumber).get("customer"));
    destination.put("phone", "090-1234-56789");
    ((ObjectNode) body.get("delivery")).put("carrier", "KURONEKO");
    ArrayNode items = body.putArray("items");
    items.addObject().put("name", "マグ").put("unitPrice", 100).put("quantity", 0);
    items.addObject().put("name", "マグ").put("unitPrice", 100).put("quantity", 10_000);
    items.addObject().put("name", "壺").put("unitPrice", 1_000_000).put("quantity", 1);
    items.addObject().put("unitPrice", 100).put("quantity", 1);
    body.put("totalAmount", 1_000_000);

    ResponseEntity<JsonNode> refused = post(body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = refused.getBody();
    assertThat(problem.at("/type").asText()).endsWith("/problems/validation");
    assertThat(problem.at("/title").asText()).isNotBlank();
    assertThat(problem.at("/status").asInt()).isEqualTo(400);
    assertThat(problem.at("/detail").asText()).isNotBlank();
    assertThat(problem.at("/errors"))
        .allSatisfy(error -> assertThat(error.at("/message").asText()).isNotBlank());
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "orderNumber",
            "orderedAt",
            "channel",
            "customer.name",
            "customer.nameKana",
            "customer.postalCode",
            "customer.prefecture",
            "customer.city",
            "customer.building",
            "customer.phone",
            "customer.email",
            "destination.phone",
            "destination.email",
            "delivery.carrier",
            "items[0].quantity",
            "items[1].quantity",
            "items[2].unitPrice",
            "items[3].name",
            "totalAmount");
    assertNothingStored(orderNumber);
    assertNothingStored("A".repeat(38));
  }

  @Test
  void refusesAnOrderNumberWithOtherCharacters() {
    ObjectNode body = order("CC-2026/12/03");

    assertThat(fields(post(body))).containsExactly("orderNumber");
    assertNothingStored("CC-2026/12/03");
  }

  @Test
  void acceptsAnOrderNumberOfThirtySevenCharacters() {
    String orderNumber = newOrderNumber("LONG");
    orderNumber = orderNumber + "X".repeat(37 - orderNumber.length());

    assertThat(post(order(orderNumber)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void refusesAnOrderTimeWithoutOffset() {
    String orderNumber = newOrderNumber("NOOFFSET");
    ObjectNode body = order(orderNumber).put("orderedAt", "2026-12-03T10:15:00");

    assertThat(fields(post(body))).containsExactly("orderedAt");
    assertNothingStored(orderNumber);
  }

  @Test
  void refusesAPhoneNumberWithNineDigits() {
    assertThat(fields(post(withCustomer("phone", "03-1234-567"))))
        .containsExactly("customer.phone");
  }

  @Test
  void refusesAPhoneNumberWithTwelveDigits() {
    assertThat(fields(post(withCustomer("phone", "090-1234-56789"))))
        .containsExactly("customer.phone");
  }

  @Test
  void refusesAPhoneNumberWithLetters() {
    assertThat(fields(post(withCustomer("phone", "03-1234-567A"))))
        .containsExactly("customer.phone");
  }

  @Test
  void acceptsAPhoneNumberWithoutHyphens() {
    assertThat(post(withCustomer("phone", "09012345678")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void refusesAStreetTooLongWithoutBuildingAsTheStreet() {
    ObjectNode body = withCustomer("street", "千".repeat(36));
    ((ObjectNode) body.get("customer")).putNull("building");

    assertThat(fields(post(body))).containsExactly("customer.street");
  }

  @Test
  void refusesAnEmptyItemList() {
    ObjectNode body = order(newOrderNumber("NOITEMS"));
    body.putArray("items");
    body.put("totalAmount", 800);

    assertThat(fields(post(body))).containsExactly("items");
  }

  @Test
  void refusesAHundredItems() {
    ObjectNode body = order(newOrderNumber("MANY"));
    ArrayNode items = body.putArray("items");
    for (int i = 0; i < 100; i++) {
      items.addObject().put("name", "ボタン").put("unitPrice", 10).put("quantity", 1);
    }
    body.put("shippingFee", 0).put("totalAmount", 1000);

    assertThat(fields(post(body))).containsExactly("items");
  }

  @Test
  void acceptsNinetyNineItems() {
    ObjectNode body = order(newOrderNumber("NINETYNINE"));
    ArrayNode items = body.putArray("items");
    for (int i = 0; i < 99; i++) {
      items.addObject().put("name", "ボタン").put("unitPrice", 10).put("quantity", 1);
    }
    body.put("shippingFee", 10).put("totalAmount", 1000);

    assertThat(post(body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void refusesATotalThatIsNotTheSumAndTellsTheSum() {
    String orderNumber = newOrderNumber("SUM");
    ObjectNode body = order(orderNumber).put("totalAmount", 5000);

    ResponseEntity<JsonNode> refused = post(body);

    assertThat(fields(refused)).containsExactly("totalAmount");
    assertThat(refused.getBody().at("/errors/0/message").asText()).contains("5600");
    assertNothingStored(orderNumber);
  }

  @Test
  void refusesATotalOfZero() {
    ObjectNode body = order(newOrderNumber("ZERO"));
    ((ObjectNode) body.get("items").get(0)).put("unitPrice", 0);
    body.put("shippingFee", 0).put("totalAmount", 0);

    assertThat(fields(post(body))).containsExactly("totalAmount");
  }

  @Test
  void refusesATotalOverDsksLimit() {
    ObjectNode body = order(newOrderNumber("MILLION"));
    ((ObjectNode) body.get("items").get(0)).put("unitPrice", 500_000);
    body.put("shippingFee", 0).put("totalAmount", 1_000_000);

    assertThat(fields(post(body))).containsExactly("totalAmount");
  }

  @Test
  void acceptsADiscountLineThatSumsCorrectly() {
    ObjectNode body = order(newOrderNumber("DISCOUNT"));
    ((ArrayNode) body.get("items"))
        .addObject()
        .put("sku", "COUPON")
        .put("name", "クーポン値引")
        .put("unitPrice", -600)
        .put("quantity", 1);
    body.put("totalAmount", 5000);

    ResponseEntity<JsonNode> placed = post(body);

    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(placed.getBody().at("/items/1/unitPrice").asLong()).isEqualTo(-600);
  }

  @Test
  void refusesMalformedJson() {
    String orderNumber = newOrderNumber("MALFORMED");
    String body = order(orderNumber).toString().replace("\"channel\"", "channel");

    ResponseEntity<JsonNode> refused = post(body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/validation");
    assertThat(refused.getBody().at("/errors")).isNotEmpty();
    assertNothingStored(orderNumber);
  }

  @Test
  void namesAQuantityOfTheWrongType() {
    String orderNumber = newOrderNumber("TYPE");
    ObjectNode body = order(orderNumber);
    ((ObjectNode) body.get("items").get(0)).put("quantity", "two");

    ResponseEntity<JsonNode> refused = post(body);

    assertThat(refused.getBody().at("/type").asText()).endsWith("/problems/validation");
    assertThat(fields(refused)).containsExactly("items[0].quantity");
    assertNothingStored(orderNumber);
  }

  @Test
  void refusesAFractionalQuantity() {
    String orderNumber = newOrderNumber("FRACTION");
    ObjectNode body = order(orderNumber);
    ((ObjectNode) body.get("items").get(0)).put("quantity", 2.5);

    assertThat(fields(post(body))).containsExactly("items[0].quantity");
    assertNothingStored(orderNumber);
  }

  @Test
  void refusesAQuantityBeyondTheIntegerRange() {
    String orderNumber = newOrderNumber("HUGE");
    ObjectNode body = order(orderNumber);
    ((ObjectNode) body.get("items").get(0)).put("quantity", 99_999_999_999L);

    assertThat(fields(post(body))).containsExactly("items[0].quantity");
    assertNothingStored(orderNumber);
  }

  @Test
  void showsAGiftOnTheSeparateContractWithTheInvoiceMailedSeparately() {
    ObjectNode body = order(newOrderNumber("GIFT"));
    ObjectNode destination = body.putObject("destination");
    destination.setAll((ObjectNode) order("X").get("customer"));
    destination.remove("email");
    destination.put("name", "佐藤 花子");

    ResponseEntity<JsonNode> placed = post(body);

    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(placed.getBody().at("/invoice/delivery").asText()).isEqualTo("SEPARATE");
    assertThat(placed.getBody().at("/destination/name").asText()).isEqualTo("佐藤 花子");
  }

  private ObjectNode withCustomer(String field, String value) {
    ObjectNode body = order(newOrderNumber("CUSTOMER"));
    ((ObjectNode) body.get("customer")).put(field, value);
    return body;
  }

  private ResponseEntity<JsonNode> post(Object body) {
    return as("cart").postForEntity("/api/orders", body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as("cart").postForEntity("/api/orders", new HttpEntity<>(json, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String orderNumber) {
    return as("cart").getForEntity("/api/orders/" + orderNumber, JsonNode.class);
  }

  private void assertNothingStored(String orderNumber) {
    assertThat(get(orderNumber).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(instances(orderNumber)).isZero();
  }

  private long instances(String orderNumber) {
    return processInstanceQuery().processInstanceBusinessKey(orderNumber).count();
  }

  private static List<String> fields(ResponseEntity<JsonNode> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return StreamSupport.stream(refused.getBody().at("/errors").spliterator(), false)
        .map(error -> error.at("/field").asText())
        .toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
