package com.croftcraft.dskorder.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Runs the application on an in-memory H2 database with the sandbox on, and talks to the sandbox
 * over HTTP as the service's DSK client would. The engine clock starts every test at 10:15 Japan
 * time on 2026-12-03, before that day's first inquiry slot (11:10).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sandbox;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "dsk.merchant-id=SHOP00001",
      "dsk.connection-id=TERM0001",
      "dsk.password=secret"
    })
@ActiveProfiles("test")
abstract class SandboxTestSupport {

  static final String SHOP_INFO =
      "<shopInfo><shopCode>SHOP00001</shopCode><terminalId>TERM0001</terminalId>"
          + "<shopPassword>secret</shopPassword></shopInfo>";

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final AtomicInteger ORDERS = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @LocalServerPort int port;

  @BeforeEach
  void startBeforeTheFirstSlot() {
    at("2026-12-03T10:15:00+09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(String offsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
  }

  /** A shopTransactionId no other test uses. */
  static String newShopTransactionId() {
    return "T-" + RUN + "-" + ORDERS.incrementAndGet();
  }

  /** Posts a document, waiting out DSK's rate limit like a well-behaved client. */
  Answer post(String path, String xml) {
    Answer answer = postOnce(path, xml);
    while (answer.status() == 429) {
      pause(1_000);
      answer = postOnce(path, xml);
    }
    return answer;
  }

  Answer postOnce(String path, String xml) {
    return send(path, xml.getBytes(StandardCharsets.UTF_8));
  }

  Answer send(String path, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dsk-sandbox" + path))
            .header("Content-Type", "application/xml; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return exchange(request);
  }

  Answer admin(String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dsk-sandbox/admin" + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return exchange(request);
  }

  /** Registers the order and answers its transactionId. */
  String registered(OrderXml order) {
    Answer answer = post("/order/register", order.register());
    return answer.text("transactionResult/transactionId");
  }

  Answer authResult(String transactionId) {
    return post(
        "/order/auth-result",
        "<request>"
            + SHOP_INFO
            + "<transaction><transactionId>"
            + transactionId
            + "</transactionId></transaction></request>");
  }

  String resultOf(String transactionId) {
    return authResult(transactionId).text("transactionResult/authorResult");
  }

  Answer cancel(String transactionId, String shopTransactionId, long billedAmount) {
    return post(
        "/order/cancel",
        "<request>"
            + SHOP_INFO
            + transaction(transactionId, shopTransactionId, billedAmount)
            + "</request>");
  }

  Answer ship(String transactionId, String shopTransactionId, long amount, String slipNo) {
    return post(
        "/shipment/register",
        "<request>"
            + SHOP_INFO
            + transaction(transactionId, shopTransactionId, amount)
            + "<pdRequest><pdCompanyCode>12</pdCompanyCode><slipNo>"
            + slipNo
            + "</slipNo><shippedDate>2026/12/04</shippedDate></pdRequest></request>");
  }

  Answer printData(String... transactionIds) {
    StringBuilder transactions = new StringBuilder();
    for (String transactionId : transactionIds) {
      transactions
          .append("<transaction><transactionId>")
          .append(transactionId)
          .append("</transactionId></transaction>");
    }
    return post(
        "/invoice/print-data",
        "<request>" + SHOP_INFO + "<transactions>" + transactions + "</transactions></request>");
  }

  static String transaction(String transactionId, String shopTransactionId, long billedAmount) {
    return "<transaction><transactionId>"
        + transactionId
        + "</transactionId><shopTransactionId>"
        + shopTransactionId
        + "</shopTransactionId><billedAmount>"
        + billedAmount
        + "</billedAmount></transaction>";
  }

  private static Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer, with XPath lookups into its XML body. */
  record Answer(int status, String body, String contentType, Optional<String> retryAfter) {

    String text(String path) {
      List<String> texts = texts(path);
      return texts.isEmpty() ? null : texts.get(0);
    }

    List<String> texts(String path) {
      try {
        Document document =
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes =
            (NodeList)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate("/response/" + path, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
          texts.add(nodes.item(index).getTextContent());
        }
        return texts;
      } catch (Exception e) {
        throw new AssertionError("Not a readable response: " + body, e);
      }
    }

    String result() {
      return text("result");
    }

    List<String> errorCodes() {
      return texts("errors/error/errorCode");
    }

    List<String> errorItems() {
      return texts("errors/error/errorItem");
    }
  }

  /** A registration or modification document, valid unless a test changes it. */
  static final class OrderXml {

    final String shopTransactionId = newShopTransactionId();
    final Map<String, String> buyer = new LinkedHashMap<>();
    Map<String, String> deliveryCustomer;
    final List<String[]> details = new ArrayList<>();
    String shopOrderDate = "2026/12/03";
    String billedAmount;
    String paymentType = "2";

    OrderXml() {
      buyer.put("fullName", "山田 太郎");
      buyer.put("fullKanaName", "ヤマダ タロウ");
      buyer.put("zipCode", "100-0001");
      buyer.put("address1", "東京都");
      buyer.put("address2", "千代田区");
      buyer.put("address3", "千代田1-1 クラフトビル3F");
      buyer.put("tel", "03-1234-5678");
      buyer.put("email", "taro@example.jp");
      details.add(new String[] {"手織りマグ", "2400", "2"});
      details.add(new String[] {"送料", "800", "1"});
    }

    static OrderXml named(String fullName) {
      return new OrderXml().set("fullName", fullName);
    }

    static OrderXml amounting(long amount) {
      OrderXml order = new OrderXml();
      order.details.clear();
      order.details.add(new String[] {"手織りラグ", String.valueOf(amount), "1"});
      return order;
    }

    OrderXml set(String element, String value) {
      buyer.put(element, value);
      return this;
    }

    OrderXml deliverTo(String fullName, String address3) {
      deliveryCustomer = new LinkedHashMap<>(buyer);
      deliveryCustomer.remove("email");
      deliveryCustomer.put("fullName", fullName);
      deliveryCustomer.put("address3", address3);
      return this;
    }

    OrderXml detail(String name, long price, int quantity) {
      details.add(new String[] {name, String.valueOf(price), String.valueOf(quantity)});
      return this;
    }

    long amount() {
      if (billedAmount != null) {
        return Long.parseLong(billedAmount);
      }
      return details.stream()
          .mapToLong(line -> Long.parseLong(line[1]) * Long.parseLong(line[2]))
          .sum();
    }

    String register() {
      return "<request>" + SHOP_INFO + body() + "</request>";
    }

    String modify(String transactionId) {
      return "<request>"
          + SHOP_INFO
          + "<transaction><transactionId>"
          + transactionId
          + "</transactionId></transaction>"
          + body()
          + "</request>";
    }

    private String body() {
      StringBuilder xml = new StringBuilder("<buyer>");
      element(xml, "shopTransactionId", shopTransactionId);
      element(xml, "shopOrderDate", shopOrderDate);
      buyer.forEach((name, value) -> element(xml, name, value));
      element(xml, "billedAmount", billedAmount != null ? billedAmount : String.valueOf(amount()));
      element(xml, "paymentType", paymentType);
      xml.append("</buyer><deliveries><delivery>");
      if (deliveryCustomer != null) {
        xml.append("<deliveryCustomer>");
        deliveryCustomer.forEach((name, value) -> element(xml, name, value));
        xml.append("</deliveryCustomer>");
      }
      xml.append("<details>");
      for (String[] line : details) {
        xml.append("<detail>");
        element(xml, "detailName", line[0]);
        element(xml, "detailPrice", line[1]);
        element(xml, "detailQuantity", line[2]);
        xml.append("</detail>");
      }
      return xml.append("</details></delivery></deliveries>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
      if (value != null) {
        xml.append('<')
            .append(name)
            .append('>')
            .append(value)
            .append("</")
            .append(name)
            .append('>');
      }
    }
  }
}
