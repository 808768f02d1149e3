package com.croftcraft.dskorder.invoice;

import static com.croftcraft.dskorder.order.OrderTestData.order;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.order.Order;
import com.croftcraft.dskorder.order.Orders;
import com.croftcraft.dskorder.support.DskStandIn;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The download reads every enclosed order in the database, so each test first moves the enclosed
 * orders of earlier tests to the other contract.
 */
class InvoiceDownloadTest extends ServiceTest {

  private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
  private static final String HEADER =
      "orderNumber,transactionId,invoiceCode,barcode,name,postalCode,address1,address2,address3,"
          + "amount,tax,issuedOn,dueOn";
  private static final String PRINT_DATA = "/invoice/print-data";

  @Autowired Orders orders;
  @Autowired JdbcTemplate jdbc;
  @Autowired EnclosedInvoices invoices;
  @Autowired InvoiceController controller;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void retireEnclosedOrdersOfOtherTests() {
    jdbc.update(
        "update dsk_order set invoice_delivery = 'SEPARATE' where invoice_delivery = 'ENCLOSED'");
  }

  @Test
  void writesTheUnprintedInvoicesInWindows31JAndMarksThemPrinted() {
    Printable taro = enclosed("山田 太郎");
    Printable hanako = enclosed("佐藤 花子");
    String separate = OrderFixtures.transactionId();
    order(newOrderNumber("INV")).creditOk(separate).storeIn(orders);
    String cancelled = OrderFixtures.transactionId();
    order(newOrderNumber("INV")).enclosed().creditOk(cancelled).cancelled().storeIn(orders);
    order(newOrderNumber("INV")).enclosed().storeIn(orders);
    answers(taro.transactionId(), invoice(taro, "山田 太郎") + invoice(hanako, "佐藤 花子"));

    ResponseEntity<byte[]> csv = download("");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString())
        .isEqualTo("text/csv;charset=Windows-31J");
    assertThat(csv.getHeaders().getFirst(InvoiceController.UNENCODABLE)).isNull();
    assertThat(lines(csv, WINDOWS_31J))
        .containsExactly(
            HEADER,
            taro.orderNumber()
                + ","
                + taro.transactionId()
                + ",0000000000012345,91"
                + "1".repeat(42)
                + ",山田 太郎,1000001,東京都,千代田区,千代田1-1 クラフトビル3F,5600,509,2026-12-04,2026-12-18",
            row(hanako, "佐藤 花子"));
    assertThat(printed(taro)).isTrue();
    assertThat(printed(hanako)).isTrue();
    assertThat(DskStandIn.calls(PRINT_DATA, separate)).isZero();
    assertThat(DskStandIn.calls(PRINT_DATA, cancelled)).isZero();
  }

  @Test
  void leavesPrintedInvoicesOutUnlessAllAreAskedFor() {
    Printable taro = enclosed("山田 太郎");
    answers(taro.transactionId(), invoice(taro, "山田 太郎"));
    download("");

    ResponseEntity<byte[]> again = download("");
    ResponseEntity<byte[]> all = download("?all=true");

    assertThat(lines(again, WINDOWS_31J)).containsExactly(HEADER);
    assertThat(lines(all, WINDOWS_31J)).containsExactly(HEADER, row(taro, "山田 太郎"));
    assertThat(DskStandIn.calls(PRINT_DATA, taro.transactionId())).isEqualTo(2);
    assertThat(printed(taro)).isTrue();
  }

  @Test
  void writesUtf8WhenAskedTo() {
    Printable yoshiko = enclosed("髙橋 𠮷子");
    answers(yoshiko.transactionId(), invoice(yoshiko, "髙橋 𠮷子"));

    ResponseEntity<byte[]> csv = download("?charset=UTF-8");

    assertThat(csv.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(csv.getHeaders().getFirst(InvoiceController.UNENCODABLE)).isNull();
    assertThat(lines(csv, StandardCharsets.UTF_8)).containsExactly(HEADER, row(yoshiko, "髙橋 𠮷子"));
    assertThat(printed(yoshiko)).isTrue();
  }

  @Test
  void showsCharactersWindows31JCannotWriteAsGetaAndNamesTheirOrders() {
    Printable yoshiko = enclosed("髙橋 𠮷子");
    Printable taro = enclosed("山田 太郎");
    answers(yoshiko.transactionId(), invoice(yoshiko, "髙橋 𠮷子😀") + invoice(taro, "山田 太郎"));

    ResponseEntity<byte[]> csv = download("");

    assertThat(lines(csv, WINDOWS_31J))
        .containsExactly(HEADER, row(yoshiko, "髙橋 〓子〓"), row(taro, "山田 太郎"));
    assertThat(csv.getHeaders().getFirst(InvoiceController.UNENCODABLE))
        .isEqualTo(yoshiko.orderNumber());
    assertThat(printed(yoshiko)).isTrue();
  }

  @Test
  void refusesAnUnknownCharset() {
    Printable taro = enclosed("山田 太郎");

    ResponseEntity<JsonNode> refused =
        as("cart").getForEntity("/api/invoices/enclosed.csv?charset=EUC-JP", JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/validation");
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("charset");
    assertThat(DskStandIn.calls(PRINT_DATA, taro.transactionId())).isZero();
  }

  @Test
  void leavesOutAndUnmarkedAnOrderDskHasNoPrintDataFor() {
    Printable taro = enclosed("山田 太郎");
    Printable changed = enclosed("佐藤 花子");
    answers(
        taro.transactionId(),
        invoice(taro, "山田 太郎"),
        "<errors><error><errorCode>E0405</errorCode><errorItem>"
            + changed.transactionId()
            + "</errorItem><errorMessage>同梱の対象外です</errorMessage></error></errors>");

    ResponseEntity<byte[]> csv = download("");

    assertThat(lines(csv, WINDOWS_31J)).containsExactly(HEADER, row(taro, "山田 太郎"));
    assertThat(printed(taro)).isTrue();
    assertThat(printed(changed)).isFalse();
  }

  @Test
  void answers503AndMarksNothingWhenDskIsUnavailable() {
    Printable taro = enclosed("山田 太郎");
    DskStandIn.fails(PRINT_DATA, taro.transactionId(), 503);

    ResponseEntity<JsonNode> refused =
        as("cart").getForEntity("/api/invoices/enclosed.csv", JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/dsk-unavailable");
    assertThat(printed(taro)).isFalse();
  }

  @Test
  void answers502AndMarksNothingWhenDskRefusesTheWholeRequest() {
    Printable taro = enclosed("山田 太郎");
    DskStandIn.refuses(PRINT_DATA, taro.transactionId(), "E0001", "shopInfo");

    ResponseEntity<JsonNode> refused =
        as("cart").getForEntity("/api/invoices/enclosed.csv", JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    assertThat(refused.getBody().at("/type").asText()).endsWith("/dsk-refused");
    assertThat(printed(taro)).isFalse();
  }

  @Test
  void marksNothingWhenTheClientGoesAwayDuringTheDownload() throws Exception {
    Printable taro = enclosed("山田 太郎");
    answers(taro.transactionId(), invoice(taro, "山田 太郎"));

    controller.enclosed(null, false, new ClientGoneAway());

    assertThat(printed(taro)).isFalse();
    assertThat(lines(download(""), WINDOWS_31J)).containsExactly(HEADER, row(taro, "山田 太郎"));
    assertThat(printed(taro)).isTrue();
  }

  @Test
  void marksEachInvoiceOnceWhenTwoDownloadsRunAtOnce() {
    Printable taro = enclosed("山田 太郎");
    answers(taro.transactionId(), invoice(taro, "山田 太郎"));

    InvoiceSheet first = invoices.collect(false, CsvCharset.WINDOWS_31J);
    InvoiceSheet second = invoices.collect(false, CsvCharset.WINDOWS_31J);

    assertThat(first.orderNumbers()).containsExactly(taro.orderNumber());
    assertThat(second.orderNumbers()).containsExactly(taro.orderNumber());
    assertThat(invoices.markPrinted(first)).isEqualTo(1);
    assertThat(invoices.markPrinted(second)).isZero();
    assertThat(printed(taro)).isTrue();
  }

  @Test
  void keepsThePrintedMarkWhenACopyReadBeforeTheDownloadIsSavedAfterIt() {
    Printable taro = enclosed("山田 太郎");
    answers(taro.transactionId(), invoice(taro, "山田 太郎"));

    transactions.executeWithoutResult(
        status -> {
          Order stale = orders.require(taro.orderNumber());
          download("");
          stale.shipmentRegisteredWithDsk(Instant.now());
        });

    assertThat(printed(taro)).isTrue();
  }

  @Test
  void asksDskForAtMostOneHundredTransactionsAtATime() {
    List<Printable> printable = new ArrayList<>();
    for (int index = 0; index < 150; index++) {
      printable.add(enclosed("山田 太郎"));
    }
    answers(printable.get(0).transactionId(), invoices(printable.subList(0, 100)));
    answers(printable.get(100).transactionId(), invoices(printable.subList(100, 150)));

    ResponseEntity<byte[]> csv = download("");

    assertThat(lines(csv, WINDOWS_31J)).hasSize(151);
    List<LoggedRequest> first = DskStandIn.server().findAll(requested(printable.get(0)));
    List<LoggedRequest> second = DskStandIn.server().findAll(requested(printable.get(100)));
    assertThat(first).hasSize(1);
    assertThat(second).hasSize(1);
    assertThat(transactionIdsIn(first.get(0))).isEqualTo(100);
    assertThat(transactionIdsIn(second.get(0))).isEqualTo(50);
    assertThat(printed(printable.get(149))).isTrue();
  }

  @Test
  void answersTheCartAndAdminsOnly() {
    assertThat(
            as("operator")
                .getForEntity("/api/invoices/enclosed.csv", JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A response whose client went away: writing the body fails. */
  private static final class ClientGoneAway extends MockHttpServletResponse {
    @Override
    public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };
    }
  }

  /** An enclosed order with credit OK. */
  private record Printable(String orderNumber, String transactionId) {}

  private Printable enclosed(String name) {
    String orderNumber = newOrderNumber("INV");
    String transactionId = OrderFixtures.transactionId();
    order(orderNumber).enclosed().customerName(name).creditOk(transactionId).storeIn(orders);
    return new Printable(orderNumber, transactionId);
  }

  private ResponseEntity<byte[]> download(String query) {
    return as("cart").getForEntity("/api/invoices/enclosed.csv" + query, byte[].class);
  }

  private boolean printed(Printable order) {
    return as("cart")
        .getForObject("/api/orders/" + order.orderNumber(), JsonNode.class)
        .at("/invoice/printed")
        .asBoolean();
  }

  private static List<String> lines(ResponseEntity<byte[]> csv, Charset charset) {
    return new String(csv.getBody(), charset).lines().toList();
  }

  private static String row(Printable order, String name) {
    return String.join(
        ",",
        order.orderNumber(),
        order.transactionId(),
        "0000000000012345",
        "91" + "1".repeat(42),
        name,
        "1000001",
        "東京都",
        "千代田区",
        "千代田1-1 クラフトビル3F",
        "5600",
        "509",
        "2026-12-04",
        "2026-12-18");
  }

  private static String invoices(List<Printable> printable) {
    return printable.stream().map(order -> invoice(order, "山田 太郎")).collect(Collectors.joining());
  }

  private static String invoice(Printable order, String name) {
    return "<invoice><transactionId>"
        + order.transactionId()
        + "</transactionId><shopTransactionId>"
        + order.orderNumber()
        + "</shopTransactionId><invoiceCode>0000000000012345</invoiceCode><invoiceBarCode>91"
        + "1".repeat(42)
        + "</invoiceBarCode><fullName>"
        + name
        + "</fullName><zipCode>1000001</zipCode><address1>東京都</address1>"
        + "<address2>千代田区</address2><address3>千代田1-1 クラフトビル3F</address3>"
        + "<billedAmount>5600</billedAmount><tax>509</tax>"
        + "<invoiceStartDate>2026年12月04日</invoiceStartDate>"
        + "<timeOfReceipts>2026年12月18日</timeOfReceipts>"
        + "<details><detail><detailName>手織りマグ</detailName><detailPrice>5600</detailPrice>"
        + "<detailQuantity>1</detailQuantity></detail></details></invoice>";
  }

  /** A print data request naming this transaction answers these invoices. */
  private static void answers(String transactionId, String invoices) {
    answers(transactionId, invoices, "");
  }

  /** A print data request naming this transaction answers these invoices and errors. */
  private static void answers(String transactionId, String invoices, String errors) {
    DskStandIn.server()
        .stubFor(
            post(urlEqualTo(PRINT_DATA))
                .withRequestBody(matchingXPath("//transactionId[text()='" + transactionId + "']"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/xml; charset=UTF-8")
                        .withBody(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>"
                                + "<result>OK</result><invoices>"
                                + invoices
                                + "</invoices>"
                                + errors
                                + "</response>")));
  }

  private static RequestPatternBuilder requested(Printable order) {
    return DskStandIn.requested(PRINT_DATA, order.transactionId());
  }

  private static long transactionIdsIn(LoggedRequest request) {
    String body = request.getBodyAsString();
    return IntStream.range(0, body.length())
        .filter(index -> body.startsWith("<transactionId>", index))
        .count();
  }
}
