package com.croftcraft.dskorder.dsk;

import static com.croftcraft.dskorder.dsk.DskTestSupport.BUYER_NAME;
import static com.croftcraft.dskorder.dsk.DskTestSupport.PASSWORD;
import static com.croftcraft.dskorder.dsk.DskTestSupport.SHOP_TRANSACTION_ID;
import static com.croftcraft.dskorder.dsk.DskTestSupport.TRANSACTION_ID;
import static com.croftcraft.dskorder.dsk.DskTestSupport.client;
import static com.croftcraft.dskorder.dsk.DskTestSupport.credit;
import static com.croftcraft.dskorder.dsk.DskTestSupport.error;
import static com.croftcraft.dskorder.dsk.DskTestSupport.names;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ng;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ngWith;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ok;
import static com.croftcraft.dskorder.dsk.DskTestSupport.order;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transaction;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transactionResult;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.croftcraft.dskorder.dsk.DskTestSupport.Received;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation: the request DSK receives, and every answer the contract describes. */
class DskClientOperationsTest {

  @RegisterExtension
  static WireMockExtension dsk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  DskClient client;

  @BeforeEach
  void newClient() {
    client = client(dsk.baseUrl());
  }

  @Test
  void registersAnOrderWithCredentialsFirstAndElementsInContractOrder() {
    answer("/order/register", credit("HOLD"));

    client.registerOrder(order());

    dsk.verify(
        postRequestedFor(urlEqualTo("/order/register"))
            .withHeader("Content-Type", equalTo("application/xml; charset=UTF-8"))
            .withRequestBody(
                matchingXPath("/request/shopInfo/shopCode/text()", equalTo("SHOP00001")))
            .withRequestBody(
                matchingXPath("/request/shopInfo/terminalId/text()", equalTo("TERM0001")))
            .withRequestBody(
                matchingXPath("/request/shopInfo/shopPassword/text()", equalTo(PASSWORD))));
    Received request = received("/order/register");
    assertThat(request.children("/request")).containsExactly("shopInfo", "buyer", "deliveries");
    assertThat(request.children("/request/shopInfo"))
        .containsExactly("shopCode", "terminalId", "shopPassword");
    assertThat(request.children("/request/buyer"))
        .isEqualTo(
            names(
                "shopTransactionId shopOrderDate fullName fullKanaName zipCode address1 address2"
                    + " address3 tel email billedAmount paymentType"));
    assertThat(request.text("/request/buyer/shopTransactionId")).isEqualTo(SHOP_TRANSACTION_ID);
    assertThat(request.text("/request/buyer/shopOrderDate")).isEqualTo("2026/12/03");
    assertThat(request.text("/request/buyer/fullName")).isEqualTo(BUYER_NAME);
    assertThat(request.text("/request/buyer/fullKanaName")).isEqualTo("ヤマダ タロウ");
    assertThat(request.text("/request/buyer/zipCode")).isEqualTo("100-0001");
    assertThat(request.text("/request/buyer/address1")).isEqualTo("東京都");
    assertThat(request.text("/request/buyer/address2")).isEqualTo("千代田区");
    assertThat(request.text("/request/buyer/address3")).isEqualTo("千代田1-1 クラフトビル3F");
    assertThat(request.text("/request/buyer/tel")).isEqualTo("03-1234-5678");
    assertThat(request.text("/request/buyer/email")).isEqualTo("taro@example.jp");
    assertThat(request.text("/request/buyer/billedAmount")).isEqualTo("5600");
    assertThat(request.text("/request/buyer/paymentType")).isEqualTo("2");
    assertThat(request.children("/request/deliveries")).containsExactly("delivery");
    assertThat(request.children("/request/deliveries/delivery")).containsExactly("details");
    assertThat(request.children("/request/deliveries/delivery/details"))
        .containsExactly("detail", "detail");
    String first = "/request/deliveries/delivery/details/detail[1]";
    assertThat(request.children(first))
        .containsExactly("detailName", "detailPrice", "detailQuantity");
    assertThat(request.text(first + "/detailName")).isEqualTo("手織りマグ");
    assertThat(request.text(first + "/detailPrice")).isEqualTo("2400");
    assertThat(request.text(first + "/detailQuantity")).isEqualTo("2");
    String second = "/request/deliveries/delivery/details/detail[2]";
    assertThat(request.text(second + "/detailName")).isEqualTo("送料");
    assertThat(request.text(second + "/detailPrice")).isEqualTo("800");
  }

  @Test
  void leavesOutMissingOptionalElementsAndSendsAnotherDeliveryAddress() {
    answer("/order/register", credit("HOLD"));
    DskContact buyer = DskTestSupport.buyer();
    DskContact buyerWithoutKana =
        new DskContact(
            buyer.fullName(),
            " ",
            buyer.zipCode(),
            buyer.address1(),
            buyer.address2(),
            buyer.address3(),
            buyer.tel());
    DskContact giftee =
        new DskContact("佐藤 花子", "サトウ ハナコ", "5300001", "大阪府", "大阪市北区", "梅田1-1", "06-1234-5678");
    DskOrder base = order();
    DskOrder order =
        new DskOrder(
            base.shopTransactionId(),
            base.orderDate(),
            buyerWithoutKana,
            null,
            giftee,
            base.billedAmount(),
            InvoiceDelivery.SEPARATE,
            base.details());

    client.registerOrder(order);

    Received request = received("/order/register");
    assertThat(request.children("/request/buyer"))
        .isEqualTo(
            names(
                "shopTransactionId shopOrderDate fullName zipCode address1 address2 address3 tel"
                    + " billedAmount paymentType"));
    assertThat(request.children("/request/deliveries/delivery"))
        .containsExactly("deliveryCustomer", "details");
    String customer = "/request/deliveries/delivery/deliveryCustomer";
    assertThat(request.children(customer))
        .isEqualTo(names("fullName fullKanaName zipCode address1 address2 address3 tel"));
    assertThat(request.text(customer + "/fullName")).isEqualTo("佐藤 花子");
    assertThat(request.text(customer + "/zipCode")).isEqualTo("5300001");
    assertThat(request.text(customer + "/address1")).isEqualTo("大阪府");
    assertThat(request.text(customer + "/tel")).isEqualTo("06-1234-5678");
  }

  @Test
  void sendsPaymentTypeThreeForAnEnclosedInvoice() {
    answer("/order/register", credit("OK"));
    DskOrder base = order();
    DskOrder enclosed =
        new DskOrder(
            base.shopTransactionId(),
            base.orderDate(),
            base.buyer(),
            base.email(),
            null,
            base.billedAmount(),
            InvoiceDelivery.ENCLOSED,
            base.details());

    client.registerOrder(enclosed);

    assertThat(received("/order/register").text("/request/buyer/paymentType")).isEqualTo("3");
  }

  @ParameterizedTest
  @CsvSource({"OK, OK", "NG, NG", "HOLD, HOLD"})
  void readsTheCreditResultOfARegistration(String dskValue, AuthorResult expected) {
    answer("/order/register", credit(dskValue));

    CreditAnswer answer = client.registerOrder(order());

    assertThat(answer)
        .isEqualTo(
            new CreditAnswer(TRANSACTION_ID, SHOP_TRANSACTION_ID, expected, null, List.of()));
    assertThat(answer.result().decided()).isEqualTo(expected != AuthorResult.HOLD);
  }

  @Test
  void carriesTheExistingTransactionWhenTheOrderIsRegisteredAlready() {
    answer(
        "/order/register",
        ngWith(
            transactionResult("OK", ""), error("E0201", "buyer.shopTransactionId", "登録済みの取引です")));

    assertThatThrownBy(() -> client.registerOrder(order()))
        .isInstanceOfSatisfying(
            AlreadyRegistered.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("E0201");
              assertThat(refused.operation()).isEqualTo("order/register");
              assertThat(refused.existing().transactionId()).isEqualTo(TRANSACTION_ID);
              assertThat(refused.existing().shopTransactionId()).isEqualTo(SHOP_TRANSACTION_ID);
              assertThat(refused.existing().result()).isEqualTo(AuthorResult.OK);
            });
  }

  @Test
  void carriesTheExistingTransactionIdEvenWithoutItsResult() {
    answer(
        "/order/register",
        ngWith(
            "<transactionResult><transactionId>"
                + TRANSACTION_ID
                + "</transactionId></transactionResult>",
            error("E0201", "buyer.shopTransactionId", "登録済み")));

    assertThatThrownBy(() -> client.registerOrder(order()))
        .isInstanceOfSatisfying(
            AlreadyRegistered.class,
            refused -> {
              assertThat(refused.existing().transactionId()).isEqualTo(TRANSACTION_ID);
              assertThat(refused.existing().result()).isNull();
            });
  }

  @Test
  void listsEveryMissingOrMalformedElementOfAnInvalidOrder() {
    answer(
        "/order/register",
        ng(
            error("E0101", "buyer.zipCode", "郵便番号は必須です"),
            error("E0102", "buyer.tel", "電話番号の形式が正しくありません"),
            error("E0102", "deliveries.delivery.details.detail[0].detailPrice", "範囲外です")));

    assertThatThrownBy(() -> client.registerOrder(order()))
        .isInstanceOfSatisfying(
            InvalidOrder.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("E0101");
              assertThat(refused.errors())
                  .containsExactly(
                      new DskError("E0101", "buyer.zipCode", "郵便番号は必須です"),
                      new DskError("E0102", "buyer.tel", "電話番号の形式が正しくありません"),
                      new DskError(
                          "E0102", "deliveries.delivery.details.detail[0].detailPrice", "範囲外です"));
              assertThat(refused).hasMessageContaining("E0102 buyer.tel");
            });
  }

  static Stream<Arguments> errorCodes() {
    return Stream.of(
        Arguments.of("E0001", WrongCredentials.class),
        Arguments.of("E0101", InvalidOrder.class),
        Arguments.of("E0102", InvalidOrder.class),
        Arguments.of("E0301", UnknownTransaction.class),
        Arguments.of("E0401", CreditNotOk.class),
        Arguments.of("E0402", AlreadyShipped.class),
        Arguments.of("E0403", AlreadyCancelled.class),
        Arguments.of("E0404", ChangedInDskAdminScreen.class),
        Arguments.of("E0405", NotEnclosedInvoice.class),
        Arguments.of("E9999", DskRefused.class));
  }

  @ParameterizedTest
  @MethodSource("errorCodes")
  void namesEachRefusalAfterItsErrorCode(String code, Class<? extends DskRefused> type) {
    answer("/order/modify", ng(error(code, "request", "エラー")));

    assertThatThrownBy(() -> client.modifyOrder(TRANSACTION_ID, order()))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(
            DskRefused.class,
            refused -> {
              assertThat(refused.code()).isEqualTo(code);
              assertThat(refused.errors()).containsExactly(new DskError(code, "request", "エラー"));
              assertThat(refused.operation()).isEqualTo("order/modify");
            });
  }

  @Test
  void readsAHeldCreditResultWithDateAndReasons() {
    answer(
        "/order/auth-result",
        ok(
            transactionResult(
                "HOLD",
                "<authoriDate>2026/12/03 11:10:04</authoriDate><holdReasons>"
                    + "<holdReason><reasonCode>R021</reasonCode><reason>住所確認中</reason>"
                    + "</holdReason><holdReason><reasonCode>R030</reasonCode>"
                    + "<reason>電話確認中</reason></holdReason></holdReasons>")));

    CreditAnswer answer = client.fetchCreditResult(TRANSACTION_ID);

    assertThat(answer)
        .isEqualTo(
            new CreditAnswer(
                TRANSACTION_ID,
                SHOP_TRANSACTION_ID,
                AuthorResult.HOLD,
                LocalDateTime.of(2026, 12, 3, 11, 10, 4),
                List.of(new HoldReason("R021", "住所確認中"), new HoldReason("R030", "電話確認中"))));
    Received request = received("/order/auth-result");
    assertThat(request.children("/request")).containsExactly("shopInfo", "transaction");
    assertThat(request.children("/request/transaction")).containsExactly("transactionId");
    assertThat(request.text("/request/transaction/transactionId")).isEqualTo(TRANSACTION_ID);
  }

  @Test
  void readsPendingAtDskAsNotDecided() {
    answer(
        "/order/auth-result",
        ok(transactionResult("保留", "<authoriDate>2026/12/03 14:10:00</authoriDate>")));

    CreditAnswer answer = client.fetchCreditResult(TRANSACTION_ID);

    assertThat(answer.result()).isEqualTo(AuthorResult.ON_HOLD_AT_DSK);
    assertThat(answer.result().decided()).isFalse();
    assertThat(answer.holdReasons()).isEmpty();
  }

  @Test
  void readsADecidedCreditResult() {
    answer(
        "/order/auth-result",
        ok(transactionResult("OK", "<authoriDate>2026/12/03 16:10:00</authoriDate>")));

    CreditAnswer answer = client.fetchCreditResult(TRANSACTION_ID);

    assertThat(answer.result()).isEqualTo(AuthorResult.OK);
    assertThat(answer.result().decided()).isTrue();
    assertThat(answer.decidedAt()).isEqualTo(LocalDateTime.of(2026, 12, 3, 16, 10));
  }

  @Test
  void refusesAnInquiryForAnUnknownTransaction() {
    answer("/order/auth-result", ng(error("E0301", "transaction.transactionId", "存在しません")));

    assertThatThrownBy(() -> client.fetchCreditResult(TRANSACTION_ID))
        .isInstanceOf(UnknownTransaction.class);
  }

  @Test
  void findsATransactionByTheShopsOrderNumber() {
    answer("/order/auth-result", ok(transactionResult("NG", "")));

    assertThat(client.findByShopTransactionId(SHOP_TRANSACTION_ID))
        .contains(
            new CreditAnswer(
                TRANSACTION_ID, SHOP_TRANSACTION_ID, AuthorResult.NG, null, List.of()));
    Received request = received("/order/auth-result");
    assertThat(request.children("/request/transaction")).containsExactly("shopTransactionId");
    assertThat(request.text("/request/transaction/shopTransactionId"))
        .isEqualTo(SHOP_TRANSACTION_ID);
  }

  @Test
  void findsNothingForAnUnknownOrderNumber() {
    answer("/order/auth-result", ng(error("E0301", "transaction.shopTransactionId", "存在しません")));

    assertThat(client.findByShopTransactionId(SHOP_TRANSACTION_ID)).isEmpty();
  }

  @Test
  void stillThrowsOtherRefusalsWhenFindingByOrderNumber() {
    answer("/order/auth-result", ng(error("E0001", "shopInfo", "認証エラー")));

    assertThatThrownBy(() -> client.findByShopTransactionId(SHOP_TRANSACTION_ID))
        .isInstanceOf(WrongCredentials.class);
  }

  @Test
  void modifiesAnOrderNamingTheTransactionAfterTheCredentials() {
    answer("/order/modify", credit("HOLD"));

    CreditAnswer answer = client.modifyOrder(TRANSACTION_ID, order());

    assertThat(answer.result()).isEqualTo(AuthorResult.HOLD);
    assertThat(answer.transactionId()).isEqualTo(TRANSACTION_ID);
    Received request = received("/order/modify");
    assertThat(request.children("/request"))
        .containsExactly("shopInfo", "transaction", "buyer", "deliveries");
    assertThat(request.children("/request/transaction")).containsExactly("transactionId");
    assertThat(request.text("/request/transaction/transactionId")).isEqualTo(TRANSACTION_ID);
    assertThat(request.text("/request/buyer/billedAmount")).isEqualTo("5600");
    assertThat(request.children("/request/deliveries/delivery/details"))
        .containsExactly("detail", "detail");
  }

  @Test
  void refusesAModificationAfterTheShipment() {
    answer("/order/modify", ng(error("E0402", "transaction.transactionId", "出荷済みです")));

    assertThatThrownBy(() -> client.modifyOrder(TRANSACTION_ID, order()))
        .isInstanceOf(AlreadyShipped.class);
  }

  @Test
  void cancelsATransactionNamingAllThreeValues() {
    answer("/order/cancel", ok(""));

    assertThat(client.cancel(transaction())).isEqualTo(CancelOutcome.CANCELLED);

    Received request = received("/order/cancel");
    assertThat(request.children("/request")).containsExactly("shopInfo", "transaction");
    assertThat(request.children("/request/transaction"))
        .containsExactly("transactionId", "shopTransactionId", "billedAmount");
    assertThat(request.text("/request/transaction/transactionId")).isEqualTo(TRANSACTION_ID);
    assertThat(request.text("/request/transaction/shopTransactionId"))
        .isEqualTo(SHOP_TRANSACTION_ID);
    assertThat(request.text("/request/transaction/billedAmount")).isEqualTo("5600");
  }

  @Test
  void takesAnAlreadyCancelledTransactionAsCancelled() {
    answer("/order/cancel", ng(error("E0403", "transaction.transactionId", "キャンセル済みです")));

    assertThat(client.cancel(transaction())).isEqualTo(CancelOutcome.ALREADY_CANCELLED);
  }

  @Test
  void refusesToCancelATransactionChangedInDsksAdminScreen() {
    answer("/order/cancel", ng(error("E0404", "transaction.transactionId", "管理画面で変更済み")));

    assertThatThrownBy(() -> client.cancel(transaction()))
        .isInstanceOf(ChangedInDskAdminScreen.class);
  }

  @Test
  void reportsAShipmentWithCarrierCodeSlipAndDate() {
    answer("/shipment/register", ok(""));
    DskShipment shipment =
        new DskShipment(Carrier.YAMATO, "1234-5678-9012", LocalDate.of(2026, 12, 4));

    client.reportShipment(transaction(), shipment);

    Received request = received("/shipment/register");
    assertThat(request.children("/request"))
        .containsExactly("shopInfo", "transaction", "pdRequest");
    assertThat(request.children("/request/transaction"))
        .containsExactly("transactionId", "shopTransactionId", "billedAmount");
    assertThat(request.children("/request/pdRequest"))
        .containsExactly("pdCompanyCode", "slipNo", "shippedDate");
    assertThat(request.text("/request/pdRequest/pdCompanyCode")).isEqualTo("12");
    assertThat(request.text("/request/pdRequest/slipNo")).isEqualTo("1234-5678-9012");
    assertThat(request.text("/request/pdRequest/shippedDate")).isEqualTo("2026/12/04");
  }

  @ParameterizedTest
  @CsvSource({"E0401, CreditNotOk", "E0402, AlreadyShipped", "E0403, AlreadyCancelled"})
  void refusesAShipmentThatCannotBeReported(String code, String type) {
    answer("/shipment/register", ng(error(code, "transaction.transactionId", "不可")));
    DskShipment shipment = new DskShipment(Carrier.SAGAWA, "111", LocalDate.of(2026, 12, 4));

    assertThatThrownBy(() -> client.reportShipment(transaction(), shipment))
        .satisfies(refused -> assertThat(refused.getClass().getSimpleName()).isEqualTo(type));
  }

  @Test
  void readsInvoicePrintDataAndTheTransactionsThatDoNotQualify() {
    answer(
        "/invoice/print-data",
        ok(
            "<invoices><invoice><transactionId>"
                + TRANSACTION_ID
                + "</transactionId>"
                + "<shopTransactionId>"
                + SHOP_TRANSACTION_ID
                + "</shopTransactionId>"
                + "<invoiceCode>0000000000012345</invoiceCode>"
                + "<invoiceBarCode>91"
                + "1".repeat(42)
                + "</invoiceBarCode>"
                + "<fullName>山田 太郎</fullName><zipCode>1000001</zipCode>"
                + "<address1>東京都</address1><address2>千代田区</address2>"
                + "<address3>千代田1-1 クラフトビル3F</address3>"
                + "<billedAmount>5600</billedAmount><tax>509</tax>"
                + "<invoiceStartDate>2026年12月04日</invoiceStartDate>"
                + "<timeOfReceipts>2026年12月18日</timeOfReceipts>"
                + "<details><detail><detailName>手織りマグ</detailName><detailPrice>2400</detailPrice>"
                + "<detailQuantity>2</detailQuantity></detail><detail><detailName>送料"
                + "</detailName><detailPrice>800</detailPrice><detailQuantity>1</detailQuantity>"
                + "</detail></details></invoice></invoices>"
                + "<errors>"
                + error("E0405", "12345678902", "同梱ではありません")
                + "</errors>"));

    InvoicePrintData data = client.fetchInvoicePrintData(List.of(TRANSACTION_ID, "12345678902"));

    assertThat(data.invoices())
        .containsExactly(
            new Invoice(
                TRANSACTION_ID,
                SHOP_TRANSACTION_ID,
                "0000000000012345",
                "91" + "1".repeat(42),
                "山田 太郎",
                "1000001",
                "東京都",
                "千代田区",
                "千代田1-1 クラフトビル3F",
                5600,
                509,
                LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 18),
                List.of(new DskDetail("手織りマグ", 2400, 2), new DskDetail("送料", 800, 1))));
    assertThat(data.errors()).containsExactly(new DskError("E0405", "12345678902", "同梱ではありません"));
    Received request = received("/invoice/print-data");
    assertThat(request.children("/request")).containsExactly("shopInfo", "transactions");
    assertThat(request.children("/request/transactions"))
        .containsExactly("transaction", "transaction");
    assertThat(request.children("/request/transactions/transaction[1]"))
        .containsExactly("transactionId");
    assertThat(request.text("/request/transactions/transaction[2]/transactionId"))
        .isEqualTo("12345678902");
  }

  @Test
  void returnsPerTransactionErrorsEvenWhenNoTransactionQualifies() {
    answer(
        "/invoice/print-data",
        ng(
            error("E0403", TRANSACTION_ID, "キャンセル済みです"),
            error("E0404", "12345678902", "管理画面で変更済み")));

    InvoicePrintData data = client.fetchInvoicePrintData(List.of(TRANSACTION_ID, "12345678902"));

    assertThat(data.invoices()).isEmpty();
    assertThat(data.errors())
        .extracting(DskError::code, DskError::item)
        .containsExactly(tuple("E0403", TRANSACTION_ID), tuple("E0404", "12345678902"));
  }

  @Test
  void throwsARefusalOfTheWholePrintDataRequest() {
    answer("/invoice/print-data", ng(error("E0001", "shopInfo", "認証エラー")));

    assertThatThrownBy(() -> client.fetchInvoicePrintData(List.of(TRANSACTION_ID)))
        .isInstanceOf(WrongCredentials.class);
  }

  @Test
  void asksForPrintDataOfOneToOneHundredTransactions() {
    List<String> tooMany =
        IntStream.rangeClosed(1, 101).mapToObj(i -> "%011d".formatted(i)).toList();

    assertThatThrownBy(() -> client.fetchInvoicePrintData(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.fetchInvoicePrintData(tooMany))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dsk.getAllServeEvents()).isEmpty();
  }

  @Test
  void knowsEveryCarrierByCodeLabelAndName() {
    assertThat(Carrier.values())
        .extracting(Carrier::code)
        .containsExactly("11", "12", "13", "14", "15", "16", "18", "27");
    assertThat(Carrier.JAPANPOST_YUPACK.label()).isEqualTo("ゆうパック");
    assertThat(Carrier.SAGAWA.label()).isEqualTo("佐川急便");
    assertThat(Carrier.fromName(" ecohai ")).contains(Carrier.ECOHAI);
    assertThat(Carrier.fromName("DHL")).isEmpty();
    assertThat(Carrier.fromName(null)).isEmpty();
  }

  private static void answer(String path, ResponseDefinitionBuilder response) {
    dsk.stubFor(post(urlEqualTo(path)).willReturn(response));
  }

  private static Received received(String path) {
    var requests = dsk.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(requests).hasSize(1);
    return new Received(requests.get(0).getBodyAsString());
  }
}
