package com.croftcraft.dskorder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxModifyTests extends SandboxTestSupport {

  @Test
  void keepsTheResultWhenOnlyDetailLinesChangeAtTheSameAmount() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    order.details.clear();
    order.detail("手織りマグ", 2000, 2).detail("送料", 1600, 1);
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.result()).isEqualTo("OK");
    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("OK");
  }

  @Test
  void keepsTheResultWhenTheAmountDecreases() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    order.detail("値引き", -500, 1);
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("OK");
  }

  @Test
  void keepsAnUnpublishedHoldAsItWas() {
    OrderXml order = OrderXml.named("HOLD 太郎");
    String transactionId = registered(order);

    at("2026-12-03T11:00:00+09:00");
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("HOLD");

    at("2026-12-03T11:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("OK");
  }

  @Test
  void keepsTheResultForADeliveryThatRepeatsTheBuyer() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    order.deliverTo("山田 太郎", "千代田1-1 クラフトビル3F");
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("OK");
  }

  @Test
  void reviewsAgainWhenTheDeliveryAddressChangesAndDecidesAtTheNextSlot() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    at("2026-12-03T11:30:00+09:00");
    order.deliverTo("佐藤 花子", "丸の内2-2");
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("HOLD");
    assertThat(
            authResult(transactionId).text("transactionResult/holdReasons/holdReason/reasonCode"))
        .isEqualTo("R041");

    at("2026-12-03T14:09:59+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("HOLD");

    at("2026-12-03T14:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("OK");
  }

  @Test
  void reviewsAgainWhenTheAmountGrows() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    order.detail("ギフト包装", 300, 1);
    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("HOLD");
  }

  @Test
  void decidesAReviewByTheMarkersOfTheNewData() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    Answer answer = post("/order/modify", order.set("fullName", "NG 太郎").modify(transactionId));

    assertThat(answer.text("transactionResult/authorResult")).isEqualTo("HOLD");

    at("2026-12-03T11:10:00+09:00");
    assertThat(resultOf(transactionId)).isEqualTo("NG");
  }

  @Test
  void refusesAModificationAfterTheShipmentWithE0402() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    ship(transactionId, order.shopTransactionId, order.amount(), "1234-5678-9012");

    Answer answer = post("/order/modify", order.set("tel", "bad").modify(transactionId));

    assertThat(answer.errorCodes()).containsExactly("E0402");
  }

  @Test
  void refusesAModificationOfACancelledTransactionWithE0403() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    cancel(transactionId, order.shopTransactionId, order.amount());

    Answer answer = post("/order/modify", order.modify(transactionId));

    assertThat(answer.errorCodes()).containsExactly("E0403");
  }

  @Test
  void refusesEveryCallAboutATransactionChangedInTheAdminScreenWithE0404() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    cancel(transactionId, order.shopTransactionId, order.amount());

    Answer marked = admin("POST", "/transactions/" + transactionId + "/changed-in-admin-screen");

    assertThat(marked.status()).isEqualTo(200);
    assertThat(post("/order/modify", order.modify(transactionId)).errorCodes())
        .containsExactly("E0404");
    assertThat(authResult(transactionId).errorCodes()).containsExactly("E0404");
    assertThat(cancel(transactionId, order.shopTransactionId, order.amount()).errorCodes())
        .containsExactly("E0404");
    assertThat(ship(transactionId, order.shopTransactionId, order.amount(), "1").errorCodes())
        .containsExactly("E0404");
  }

  @Test
  void refusesAChangedShopTransactionIdAndAnUnknownTransaction() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    OrderXml other = new OrderXml();

    assertThat(post("/order/modify", other.modify(transactionId)).errorItems())
        .containsExactly("buyer.shopTransactionId");
    assertThat(post("/order/modify", order.modify("99999999999")).errorCodes())
        .containsExactly("E0301");
  }
}
