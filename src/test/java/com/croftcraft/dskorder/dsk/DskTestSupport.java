package com.croftcraft.dskorder.dsk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Clients against a WireMock DSK, the example order of the contract, and DSK's answers. */
final class DskTestSupport {

  static final String PASSWORD = "pw-Zq83kLm-never-shown";
  static final String SHOP_TRANSACTION_ID = "CC-20261203-0001";
  static final String TRANSACTION_ID = "12345678901";
  static final String BUYER_NAME = "山田 太郎";

  private DskTestSupport() {}

  static DskProperties properties(String baseUrl, int ratePerSecond, Duration readTimeout) {
    return new DskProperties(
        baseUrl == null ? null : URI.create(baseUrl),
        "SHOP00001",
        "TERM0001",
        PASSWORD,
        InvoiceDelivery.SEPARATE,
        "A",
        List.of(LocalTime.of(11, 10)),
        ZoneId.of("Asia/Tokyo"),
        ratePerSecond,
        Duration.ofMillis(500),
        readTimeout);
  }

  static DskProperties properties(String baseUrl) {
    return properties(baseUrl, 20, Duration.ofSeconds(5));
  }

  /** A client of its own, waiting at most 10 ms for a {@code Retry-After} to keep tests fast. */
  static DskClient client(DskProperties properties) {
    DskResilience resilience =
        DskResilience.standalone(properties, Duration.ofMillis(10), Duration.ofSeconds(5));
    return new DskClient(properties, properties::baseUrl, resilience);
  }

  static DskClient client(String baseUrl) {
    return client(properties(baseUrl));
  }

  static DskContact buyer() {
    return new DskContact(
        BUYER_NAME, "ヤマダ タロウ", "100-0001", "東京都", "千代田区", "千代田1-1 クラフトビル3F", "03-1234-5678");
  }

  static DskOrder order() {
    return new DskOrder(
        SHOP_TRANSACTION_ID,
        LocalDate.of(2026, 12, 3),
        buyer(),
        "taro@example.jp",
        null,
        5600,
        InvoiceDelivery.SEPARATE,
        List.of(new DskDetail("手織りマグ", 2400, 2), new DskDetail("送料", 800, 1)));
  }

  static DskTransaction transaction() {
    return new DskTransaction(TRANSACTION_ID, SHOP_TRANSACTION_ID, 5600);
  }

  static ResponseDefinitionBuilder xml(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml; charset=UTF-8")
        .withBody(body);
  }

  static ResponseDefinitionBuilder ok(String content) {
    return xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><result>OK</result>"
            + content
            + "</response>");
  }

  static ResponseDefinitionBuilder credit(String authorResult) {
    return ok(transactionResult(authorResult, ""));
  }

  static String transactionResult(String authorResult, String more) {
    return "<transactionResult><shopTransactionId>"
        + SHOP_TRANSACTION_ID
        + "</shopTransactionId><transactionId>"
        + TRANSACTION_ID
        + "</transactionId>"
        + "<authorResult>"
        + authorResult
        + "</authorResult>"
        + more
        + "</transactionResult>";
  }

  static ResponseDefinitionBuilder ng(String... errors) {
    return ngWith("", errors);
  }

  static ResponseDefinitionBuilder ngWith(String more, String... errors) {
    return xml(
        "<response><result>NG</result><errors>"
            + String.join("", errors)
            + "</errors>"
            + more
            + "</response>");
  }

  static String error(String code, String item, String message) {
    return "<error><errorCode>"
        + code
        + "</errorCode><errorItem>"
        + item
        + "</errorItem><errorMessage>"
        + message
        + "</errorMessage></error>";
  }

  /** A request body DSK received, read with XPath. */
  static final class Received {

    private final Document document;

    Received(String body) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        document =
            factory
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new AssertionError("Request body is not XML", e);
      }
    }

    /** The names of the child elements of the element at the path, in document order. */
    List<String> children(String path) {
      NodeList nodes = (NodeList) evaluate(path + "/*", XPathConstants.NODESET);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        names.add(nodes.item(i).getNodeName());
      }
      return names;
    }

    String text(String path) {
      Node node = (Node) evaluate(path, XPathConstants.NODE);
      if (node == null) {
        throw new AssertionError("No element at " + path);
      }
      return node.getTextContent();
    }

    private Object evaluate(String path, QName type) {
      try {
        return XPathFactory.newInstance().newXPath().evaluate(path, document, type);
      } catch (Exception e) {
        throw new AssertionError("Bad XPath " + path, e);
      }
    }
  }

  static List<String> names(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.split(" ")).collect(Collectors.toList());
  }
}
