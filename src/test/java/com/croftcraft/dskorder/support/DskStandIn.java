package com.croftcraft.dskorder.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

/**
 * A real HTTP stand-in for DSK (WireMock), shared by the tests of one JVM. Answers are stubbed per
 * order through the {@code shopTransactionId} or {@code transactionId} in the request, so tests
 * running against one server do not see each other's orders.
 */
public final class DskStandIn {

  private static WireMockServer server;

  private DskStandIn() {}

  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  public static String baseUrl() {
    return server().baseUrl();
  }

  /** Registration of the order answers with a transaction and a credit result. */
  public static void registers(String shopTransactionId, String transactionId, String result) {
    server()
        .stubFor(
            forOrder("/order/register", shopTransactionId)
                .willReturn(xml(transactionResult(shopTransactionId, transactionId, result, ""))));
  }

  /** Registration answers E0201: DSK has the order already, as this transaction. */
  public static void alreadyRegistered(String shopTransactionId, String transactionId) {
    String answer =
        errors("E0201", "buyer.shopTransactionId", "登録済みの取引です")
            + "<transactionResult><shopTransactionId>"
            + shopTransactionId
            + "</shopTransactionId><transactionId>"
            + transactionId
            + "</transactionId></transactionResult>";
    server().stubFor(forOrder("/order/register", shopTransactionId).willReturn(xml(answer)));
  }

  /** An inquiry of the transaction answers with a credit result. */
  public static void inquiryAnswers(String transactionId, String shopTransactionId, String result) {
    String reasons =
        result.equals("HOLD")
            ? "<holdReasons><holdReason><reasonCode>R021</reasonCode>"
                + "<reason>住所確認中</reason></holdReason></holdReasons>"
            : "";
    server()
        .stubFor(
            forTransaction("/order/auth-result", transactionId)
                .willReturn(
                    xml(transactionResult(shopTransactionId, transactionId, result, reasons))));
  }

  /** A modification of the transaction answers with a credit result. */
  public static void modifyAnswers(String transactionId, String shopTransactionId, String result) {
    server()
        .stubFor(
            forTransaction("/order/modify", transactionId)
                .willReturn(xml(transactionResult(shopTransactionId, transactionId, result, ""))));
  }

  /** A lookup by shop transaction id finds nothing (E0301). */
  public static void unknownByShopTransactionId(String shopTransactionId) {
    server()
        .stubFor(
            forOrder("/order/auth-result", shopTransactionId)
                .willReturn(xml(errors("E0301", "transaction.shopTransactionId", "不明な取引"))));
  }

  /** A lookup by shop transaction id finds the transaction. */
  public static void foundByShopTransactionId(
      String shopTransactionId, String transactionId, String result) {
    server()
        .stubFor(
            forOrder("/order/auth-result", shopTransactionId)
                .willReturn(xml(transactionResult(shopTransactionId, transactionId, result, ""))));
  }

  public static void accepts(String path, String transactionId) {
    server().stubFor(forTransaction(path, transactionId).willReturn(xml("<result>OK</result>")));
  }

  public static void refuses(String path, String key, String code, String item) {
    server()
        .stubFor(
            post(urlEqualTo(path))
                .withRequestBody(matchingXPath("//*[text()='" + key + "']"))
                .willReturn(xml(errors(code, item, "DSK の回答"))));
  }

  public static void fails(String path, String key, int status) {
    server()
        .stubFor(
            post(urlEqualTo(path))
                .withRequestBody(matchingXPath("//*[text()='" + key + "']"))
                .willReturn(aResponse().withStatus(status).withBody("<html>down</html>")));
  }

  public static void resets(String path, String key) {
    server()
        .stubFor(
            post(urlEqualTo(path))
                .withRequestBody(matchingXPath("//*[text()='" + key + "']"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  public static int calls(String path, String key) {
    return server()
        .countRequestsMatching(
            postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingXPath("//*[text()='" + key + "']"))
                .build())
        .getCount();
  }

  public static RequestPatternBuilder requested(String path, String key) {
    return postRequestedFor(urlEqualTo(path))
        .withRequestBody(matchingXPath("//*[text()='" + key + "']"));
  }

  private static MappingBuilder forOrder(String path, String shopTransactionId) {
    return post(urlEqualTo(path))
        .withRequestBody(matchingXPath("//shopTransactionId[text()='" + shopTransactionId + "']"));
  }

  private static MappingBuilder forTransaction(String path, String transactionId) {
    return post(urlEqualTo(path))
        .withRequestBody(matchingXPath("//transactionId[text()='" + transactionId + "']"));
  }

  static String transactionResult(
      String shopTransactionId, String transactionId, String result, String extra) {
    return "<result>OK</result><transactionResult><shopTransactionId>"
        + shopTransactionId
        + "</shopTransactionId><transactionId>"
        + transactionId
        + "</transactionId><authorResult>"
        + result
        + "</authorResult>"
        + extra
        + "</transactionResult>";
  }

  static String errors(String code, String item, String message) {
    return "<result>NG</result><errors><error><errorCode>"
        + code
        + "</errorCode><errorItem>"
        + item
        + "</errorItem><errorMessage>"
        + message
        + "</errorMessage></error></errors>";
  }

  private static ResponseDefinitionBuilder xml(String content) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml; charset=UTF-8")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>" + content + "</response>");
  }
}
