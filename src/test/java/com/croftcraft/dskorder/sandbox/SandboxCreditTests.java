package com.croftcraft.dskorder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxCreditTests extends SandboxTestSupport {

  @Test
  void grantsAnOrdinaryOrderAtOnce() {
    OrderXml order = new OrderXml();

    Answer answer = post("/order/register", order.register());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/xml").containsIgnoringCase("utf-8");
    assertThat(answer.result()).isEqualTo("OK");
    assertThat(answer.text("transactionResult/shopTransactionId"))
        .isEqualTo(order.shopTransactionId);
    assertThat(answer.text("transactionResult/transactionId")).matches("[0-9]{11}");
    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("OK");
  }

  @Test
  void refusesTheNgMarkerAndAnAmountOver55000AtOnce() {
    String marked = registered(OrderXml.named("山田 NG 太郎"));
    String large = registered(OrderXml.amounting(55_001));
    String limit = registered(OrderXml.amounting(55_000));

    assertThat(resultOf(marked)).isEqualTo("NG");
    assertThat(resultOf(large)).isEqualTo("NG");
    assertThat(resultOf(limit)).isEqualTo("HOLD");
  }

  @Test
  void holdsAndPublishesTheDecisionAtTheFirstSlotAfterward() {
    Answer registration = post("/order/register", OrderXml.named("HOLD 太郎").register());
    String transactionId = registration.text("transactionResult/transactionId");

    assertThat(registration.text("transactionResult/authorResult")).isEqualTo("HOLD");

    at("2026-12-03T11:09:59+09:00");
    Answer beforeSlot = authResult(transactionId);
    assertThat(beforeSlot.text("transactionResult/authorResult")).isEqualTo("HOLD");
    assertThat(beforeSlot.text("transactionResult/authoriDate")).isEqualTo("2026/12/03 10:15:00");
    assertThat(beforeSlot.text("transactionResult/holdReasons/holdReason/reasonCode"))
        .isEqualTo("R021");
    assertThat(beforeSlot.text("transactionResult/holdReasons/holdReason/reason"))
        .isEqualTo("住所確認中");

    at("2026-12-03T11:10:00+09:00");
    Answer atSlot = authResult(transactionId);
    assertThat(atSlot.text("transactionResult/authorResult")).isEqualTo("OK");
    assertThat(atSlot.text("transactionResult/authoriDate")).isEqualTo("2026/12/03 11:10:00");
    assertThat(atSlot.texts("transactionResult/holdReasons")).isEmpty();

    at("2026-12-04T09:00:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("OK");
  }

  @Test
  void decidesHoldNgAsNgAtTheSlot() {
    String transactionId = registered(OrderXml.named("HOLDNG 太郎"));

    assertThat(resultOf(transactionId)).isEqualTo("HOLD");

    at("2026-12-03T11:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("NG");
  }

  @Test
  void answersPendingAsHoryuUntilTheSlot() {
    Answer registration = post("/order/register", OrderXml.named("PENDING 太郎").register());
    String transactionId = registration.text("transactionResult/transactionId");

    assertThat(registration.text("transactionResult/authorResult")).isEqualTo("保留");
    assertThat(
            authResult(transactionId).text("transactionResult/holdReasons/holdReason/reasonCode"))
        .isEqualTo("R031");

    at("2026-12-03T11:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("OK");
  }

  @Test
  void holdsAnAmountFrom30000UntilTheSlot() {
    String large = registered(OrderXml.amounting(30_000));
    String small = registered(OrderXml.amounting(29_999));

    assertThat(resultOf(large)).isEqualTo("HOLD");
    assertThat(resultOf(small)).isEqualTo("OK");

    at("2026-12-03T11:10:00+09:00");
    assertThat(resultOf(large)).isEqualTo("OK");
  }

  @Test
  void publishesAnEveningHoldAtTheNextMorningsSlot() {
    at("2026-12-03T18:30:00+09:00");
    String transactionId = registered(OrderXml.named("HOLD 太郎"));

    at("2026-12-04T11:09:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("HOLD");

    at("2026-12-04T11:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("OK");
  }

  @Test
  void failsWithHttp503ForEveryCallCarryingTheDownMarker() {
    OrderXml down = OrderXml.named("DSKDOWN 太郎");
    OrderXml fine = new OrderXml();
    String transactionId = registered(fine);

    Answer registration = post("/order/register", down.register());
    Answer modification =
        post("/order/modify", fine.set("fullName", "DSKDOWN").modify(transactionId));

    assertThat(registration.status()).isEqualTo(503);
    assertThat(modification.status()).isEqualTo(503);
    assertThat(lookUp(down.shopTransactionId).errorCodes()).containsExactly("E0301");
  }

  @Test
  void findsATransactionByShopTransactionIdAfterALostAnswer() {
    OrderXml order = OrderXml.named("HOLD 太郎");
    String transactionId = registered(order);

    Answer answer = lookUp(order.shopTransactionId);

    assertThat(answer.result()).isEqualTo("OK");
    assertThat(answer.text("transactionResult/transactionId")).isEqualTo(transactionId);
    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("HOLD");
  }

  @Test
  void answersE0301ForAnUnknownTransaction() {
    Answer unknown = authResult("99999999999");
    Answer malformed = authResult("12");

    assertThat(unknown.result()).isEqualTo("NG");
    assertThat(unknown.errorCodes()).containsExactly("E0301");
    assertThat(malformed.errorCodes()).containsExactly("E0301");
  }

  @Test
  void answersE0201WithTheExistingTransactionEvenForAnInvalidBody() {
    OrderXml order = OrderXml.named("HOLD 太郎");
    String transactionId = registered(order);

    Answer again = post("/order/register", order.set("tel", "x").register());

    assertThat(again.result()).isEqualTo("NG");
    assertThat(again.errorCodes()).containsExactly("E0201");
    assertThat(again.text("transactionResult/transactionId")).isEqualTo(transactionId);
    assertThat(again.text("transactionResult/shopTransactionId"))
        .isEqualTo(order.shopTransactionId);
    assertThat(again.text("transactionResult/authorResult")).isEqualTo("HOLD");
  }

  private Answer lookUp(String shopTransactionId) {
    return post(
        "/order/auth-result",
        "<request>"
            + SHOP_INFO
            + "<transaction><shopTransactionId>"
            + shopTransactionId
            + "</shopTransactionId></transaction></request>");
  }
}
