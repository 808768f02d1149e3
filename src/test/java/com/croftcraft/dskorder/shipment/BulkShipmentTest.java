package com.croftcraft.dskorder.shipment;

import static com.croftcraft.dskorder.support.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class BulkShipmentTest extends ServiceTest {

  private static final String HEADER = "orderNumber,trackingNumber,shippedOn,carrier";
  private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

  @Test
  void shipsEveryRowOfAUtf8File() {
    String first = orderWithCreditOk(order(newOrderNumber("BULK")));
    String second = orderWithCreditOk(order(newOrderNumber("BULK")));

    ResponseEntity<JsonNode> answer =
        upload(
            "text/csv",
            utf8(HEADER, first + ",1111-2222-3333,2026-12-04,YAMATO", second + ",4444-5555,,"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType())
        .isEqualTo(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));
    assertThat(results(answer)).hasSize(2);
    assertThat(results(answer).get(0).toString())
        .isEqualTo("{\"row\":2,\"orderNumber\":\"%s\",\"outcome\":\"SHIPPED\"}".formatted(first));
    assertThat(results(answer).get(1).at("/outcome").asText()).isEqualTo("SHIPPED");
    assertThat(answer.getBody().at("/shipped").asLong()).isEqualTo(2);
    assertThat(answer.getBody().at("/rejected").asLong()).isZero();
    assertThat(answer.getBody().has("error")).isFalse();
    assertThat(instance(first)).isWaitingAt("reportShipment");
    assertThat(instance(second)).isWaitingAt("reportShipment");
    JsonNode shipped = view(second);
    assertThat(shipped.at("/status").asText()).isEqualTo("SHIPPED");
    assertThat(shipped.at("/shipment/trackingNumber").asText()).isEqualTo("4444-5555");
    assertThat(shipped.at("/shipment/carrier").asText()).isEqualTo("YAMATO");
  }

  @Test
  void readsTheHeaderOfAUtf8FileBehindAByteOrderMark() {
    String orderNumber = orderWithCreditOk(order(newOrderNumber("BOM")));

    ResponseEntity<JsonNode> answer =
        upload("text/csv; charset=UTF-8", utf8("\uFEFF" + HEADER, orderNumber + ",1234-5678,,"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(results(answer))
        .extracting(r -> r.at("/outcome").asText())
        .containsExactly("SHIPPED");
    assertThat(instance(orderNumber)).isWaitingAt("reportShipment");
  }

  @Test
  void readsAWindows31JFileWithJapaneseTextAndFullWidthDigits() {
    String orderNumber = orderWithCreditOk(order(newOrderNumber("SJIS")));
    byte[] body =
        ("orderNumber,品名,trackingNumber,carrier\r\n"
                + orderNumber
                + ",手織りマグ ①,１２３４－５６７８,yamato\r\n")
            .getBytes(WINDOWS_31J);

    ResponseEntity<JsonNode> answer = upload("text/csv; charset=Windows-31J", body);

    assertThat(results(answer))
        .extracting(r -> r.at("/outcome").asText())
        .containsExactly("SHIPPED");
    assertThat(view(orderNumber).at("/shipment/trackingNumber").asText()).isEqualTo("1234-5678");
    assertThat(instance(orderNumber)).isWaitingAt("reportShipment");
  }

  @Test
  void rejectsRowsOfAWindows31JFileSentAsUtf8() {
    String orderNumber = orderWithCreditOk(order(newOrderNumber("SJIS")));
    byte[] body = (HEADER + "\r\n" + orderNumber + ",１２３４－５６７８,,\r\n").getBytes(WINDOWS_31J);

    ResponseEntity<JsonNode> answer = upload("text/csv", body);

    JsonNode rejected = results(answer).get(0);
    assertThat(rejected.at("/outcome").asText()).isEqualTo("REJECTED");
    assertThat(rejected.at("/problem").asText()).isEqualTo("validation");
    assertThat(rejected.at("/errors/0/field").asText()).isEqualTo("trackingNumber");
    assertThat(rejected.at("/errors/0/message").asText()).contains("charset");
    assertThat(view(orderNumber).at("/status").asText()).isEqualTo("OPEN");
  }

  @Test
  void rejectsBadRowsWithTheirProblemAndShipsTheOthers() {
    String good = orderWithCreditOk(order(newOrderNumber("GOOD")));
    String pending = placed(order(newOrderNumber("PENDING")));
    String badTracking = orderWithCreditOk(order(newOrderNumber("TRACK")));
    String badCarrier = orderWithCreditOk(order(newOrderNumber("CARRIER")));
    ObjectNode withoutCarrier = order(newOrderNumber("NOCARRIER"));
    ((ObjectNode) withoutCarrier.get("delivery")).remove("carrier");
    String noCarrier = orderWithCreditOk(withoutCarrier);
    String alsoGood = orderWithCreditOk(order(newOrderNumber("GOOD")));
    String unknown = newOrderNumber("NOWHERE");

    ResponseEntity<JsonNode> answer =
        upload(
            "text/csv",
            utf8(
                HEADER,
                good + ",1000-0001,2026-12-04,",
                unknown + ",1000-0002,,",
                pending + ",1000-0003,,",
                badTracking + ",YT-1000-0004,,",
                badCarrier + ",1000-0005,,KURONEKO",
                noCarrier + ",1000-0006,,",
                alsoGood + ",1000-0007,2026-12-05,SAGAWA"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> results = results(answer);
    assertThat(results).extracting(r -> r.at("/row").asInt()).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(results)
        .extracting(r -> r.at("/orderNumber").asText())
        .containsExactly(good, unknown, pending, badTracking, badCarrier, noCarrier, alsoGood);
    assertThat(results)
        .extracting(r -> r.path("problem").asText(null))
        .containsExactly(
            null,
            "order-not-found",
            "credit-not-ok",
            "validation",
            "validation",
            "carrier-required",
            null);
    assertThat(results.get(3).at("/errors/0/field").asText()).isEqualTo("trackingNumber");
    assertThat(results.get(4).at("/errors/0/field").asText()).isEqualTo("carrier");
    assertThat(results.get(2).at("/detail").asText()).contains(pending);
    assertThat(answer.getBody().at("/shipped").asLong()).isEqualTo(2);
    assertThat(answer.getBody().at("/rejected").asLong()).isEqualTo(5);

    assertThat(instance(good)).isWaitingAt("reportShipment");
    assertThat(instance(alsoGood)).isWaitingAt("reportShipment");
    assertThat(view(alsoGood).at("/shipment/carrier").asText()).isEqualTo("SAGAWA");
    assertThat(instance(pending)).isWaitingAt("registerWithDsk");
    for (String refused : List.of(badTracking, badCarrier, noCarrier)) {
      assertThat(instance(refused)).isWaitingAt("awaitShipment");
      assertThat(view(refused).at("/status").asText()).isEqualTo("OPEN");
      assertThat(view(refused).at("/shipment/trackingNumber").isNull()).isTrue();
    }
  }

  @Test
  void shipsTheSameRowTwiceAndReportsItOnce() {
    String transactionId = OrderFixtures.transactionId();
    String orderNumber = orderWithCreditOk(order(newOrderNumber("TWICE")), transactionId);
    DskStandIn.accepts("/shipment/register", transactionId);
    String row = orderNumber + ",1234-5678,2026-12-04,YAMATO";

    ResponseEntity<JsonNode> answer = upload("text/csv", utf8(HEADER, row, row));

    assertThat(results(answer))
        .extracting(r -> r.at("/outcome").asText())
        .containsExactly("SHIPPED", "SHIPPED");
    ProcessInstance instance = instance(orderNumber);
    assertThat(instance).isWaitingAt("reportShipment");
    assertThat(jobsOf(instance)).isEqualTo(1);

    runDueJobs(instance.getId());

    assertThat(instance).isWaitingAt("awaitSettlement");
    assertThat(DskStandIn.calls("/shipment/register", transactionId)).isEqualTo(1);
  }

  @Test
  void rejectsARowThatIsNoValidCsvAndReadsOn() {
    String first = newOrderNumber("NOWHERE");
    String third = newOrderNumber("NOWHERE");

    ResponseEntity<JsonNode> answer =
        upload("text/csv", utf8(HEADER, first + ",1,,", "X,\"12\"34,,", third + ",3,,"));

    List<JsonNode> results = results(answer);
    assertThat(results).extracting(r -> r.at("/row").asInt()).containsExactly(2, 3, 4);
    assertThat(results)
        .extracting(r -> r.at("/problem").asText())
        .containsExactly("order-not-found", "validation", "order-not-found");
    assertThat(results.get(1).at("/errors/0/field").asText()).isEqualTo("row");
    assertThat(answer.getBody().has("error")).isFalse();
  }

  @Test
  void reportsTheRowsReadBeforeAQuoteThatNeverCloses() {
    String first = newOrderNumber("NOWHERE");

    ResponseEntity<JsonNode> answer =
        upload("text/csv", utf8(HEADER, first + ",1,,", "\"X,2,,", "Y,3,,"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(results(answer))
        .extracting(r -> r.at("/orderNumber").asText())
        .containsExactly(first);
    assertThat(answer.getBody().at("/error/type").asText()).endsWith("/problems/unreadable-csv");
    assertThat(answer.getBody().at("/error/row").asInt()).isEqualTo(3);
    assertThat(answer.getBody().at("/error/detail").asText()).contains("Row 3");
  }

  @Test
  void answersAnEmptyBodyOrAHeaderAloneWithNoResults() {
    for (byte[] body : List.of(new byte[0], utf8(HEADER))) {
      ResponseEntity<JsonNode> answer = upload("text/csv", body);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(results(answer)).isEmpty();
    }
  }

  @Test
  void refusesAFileWhoseHeaderLacksARequiredColumn() {
    ResponseEntity<JsonNode> answer =
        upload("text/csv", utf8("orderNumber,tracking,carrier", "CC-1,1234,YAMATO"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().at("/type").asText()).endsWith("/problems/validation");
    assertThat(answer.getBody().at("/errors/0/field").asText()).isEqualTo("trackingNumber");
  }

  @Test
  void refusesACharsetOtherThanUtf8OrWindows31J() {
    ResponseEntity<JsonNode> answer =
        upload("text/csv; charset=ISO-8859-1", utf8(HEADER, "CC-1,1234,,"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(answer.getBody().at("/type").asText()).endsWith("/problems/unsupported-media-type");
  }

  @Test
  void refusesOperators() {
    HttpEntity<byte[]> request = new HttpEntity<>(utf8(HEADER), csvHeaders("text/csv"));

    ResponseEntity<JsonNode> answer =
        as("operator").postForEntity("/api/shipments", request, JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().at("/type").asText()).endsWith("/problems/forbidden");
  }

  @Test
  void answersEveryRowOfTenThousandStreamedRows() throws Exception {
    String prefix = newOrderNumber("MISSING");
    InputStream body =
        new CsvLines(HEADER, 10_000, n -> prefix + "-" + n + ",1234-" + (n % 10_000) + ",,");

    JsonNode answer = uploadStreaming(body);

    JsonNode results = answer.at("/results");
    assertThat(results.size()).isEqualTo(10_000);
    assertThat(results.get(0).at("/row").asInt()).isEqualTo(2);
    assertThat(results.get(9_999).at("/row").asInt()).isEqualTo(10_001);
    assertThat(results.get(9_999).at("/orderNumber").asText()).isEqualTo(prefix + "-9999");
    assertThat(StreamSupport.stream(results.spliterator(), false))
        .allSatisfy(r -> assertThat(r.at("/problem").asText()).isEqualTo("order-not-found"));
    assertThat(answer.at("/rejected").asLong()).isEqualTo(10_000);
  }

  private String placed(ObjectNode body) {
    ResponseEntity<JsonNode> placed = as("cart").postForEntity("/api/orders", body, JsonNode.class);
    assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return body.get("orderNumber").asText();
  }

  private String orderWithCreditOk(ObjectNode body) {
    return orderWithCreditOk(body, OrderFixtures.transactionId());
  }

  private String orderWithCreditOk(ObjectNode body, String transactionId) {
    String orderNumber = body.get("orderNumber").asText();
    DskStandIn.registers(orderNumber, transactionId, "OK");
    placed(body);

    runDueJobs(instance(orderNumber).getId());

    assertThat(instance(orderNumber)).isWaitingAt("awaitShipment");
    return orderNumber;
  }

  private ResponseEntity<JsonNode> upload(String contentType, byte[] body) {
    return as("cart")
        .postForEntity(
            "/api/shipments", new HttpEntity<>(body, csvHeaders(contentType)), JsonNode.class);
  }

  /** Sends the body as it is read, without a length, as a large upload goes. */
  private JsonNode uploadStreaming(InputStream body) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString("cart:cart".getBytes());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/shipments"))
            .header(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
            .header(HttpHeaders.CONTENT_TYPE, "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();

    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.statusCode()).isEqualTo(200);
    try (InputStream answer = response.body()) {
      return new ObjectMapper().readTree(answer);
    }
  }

  private static HttpHeaders csvHeaders(String contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    return headers;
  }

  private static byte[] utf8(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> results(ResponseEntity<JsonNode> answer) {
    return StreamSupport.stream(answer.getBody().at("/results").spliterator(), false).toList();
  }

  private long jobsOf(ProcessInstance instance) {
    return processEngine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .count();
  }
}
