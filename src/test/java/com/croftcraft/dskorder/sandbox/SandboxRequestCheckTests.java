package com.croftcraft.dskorder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxRequestCheckTests extends SandboxTestSupport {

  @Test
  void namesEveryInvalidElementByItsPathTogether() {
    OrderXml order =
        new OrderXml()
            .set("tel", "03-1234-567")
            .set("zipCode", "1000-001")
            .set("address1", "東京")
            .set("fullKanaName", "やまだ")
            .set("email", "taro.example.jp")
            .set("address2", null);
    order.details.get(0)[1] = "1000000";
    order.details.get(1)[2] = "0";
    order.shopOrderDate = "2026-12-03";
    order.billedAmount = "5600";

    Answer answer = post("/order/register", order.register());

    assertThat(answer.result()).isEqualTo("NG");
    assertThat(answer.errorItems())
        .containsExactlyInAnyOrder(
            "buyer.shopOrderDate",
            "buyer.fullKanaName",
            "buyer.zipCode",
            "buyer.address1",
            "buyer.address2",
            "buyer.tel",
            "buyer.email",
            "deliveries.delivery.details.detail[0].detailPrice",
            "deliveries.delivery.details.detail[1].detailQuantity");
    assertThat(answer.errorCodes()).contains("E0101", "E0102");
  }

  @Test
  void checksTheLimitsOfTheOrder() {
    OrderXml tooLong = new OrderXml().set("fullName", "あ".repeat(26));
    OrderXml wrongSum = new OrderXml();
    wrongSum.billedAmount = "5601";
    OrderXml badId = new OrderXml();
    OrderXml noLines = new OrderXml();
    noLines.details.clear();
    noLines.billedAmount = "5600";
    OrderXml badPaymentType = new OrderXml();
    badPaymentType.paymentType = "1";

    assertThat(post("/order/register", tooLong.register()).errorItems())
        .containsExactly("buyer.fullName");
    assertThat(post("/order/register", wrongSum.register()).errorItems())
        .containsExactly("buyer.billedAmount");
    assertThat(
            post("/order/register", badId.register().replace(badId.shopTransactionId, "注文1"))
                .errorItems())
        .containsExactly("buyer.shopTransactionId");
    assertThat(post("/order/register", noLines.register()).errorItems())
        .containsExactly("deliveries.delivery.details.detail");
    assertThat(post("/order/register", badPaymentType.register()).errorItems())
        .containsExactly("buyer.paymentType");
  }

  @Test
  void trimsBlanksAndTakesABlankTextAsMissing() {
    OrderXml padded = new OrderXml().set("tel", "  03-1234-5678 ").set("fullKanaName", " ");
    OrderXml blank = new OrderXml().set("address3", "   ");

    assertThat(post("/order/register", padded.register()).result()).isEqualTo("OK");
    Answer answer = post("/order/register", blank.register());
    assertThat(answer.errorCodes()).containsExactly("E0101");
    assertThat(answer.errorItems()).containsExactly("buyer.address3");
  }

  @Test
  void answersE0102ForADocumentItCannotRead() {
    String valid = new OrderXml().register();

    List<Answer> answers = new ArrayList<>();
    answers.add(postOnce("/order/register", "<request><buyer>"));
    answers.add(postOnce("/order/register", valid.replace("request>", "order>")));
    answers.add(send("/order/register", valid.getBytes(Charset.forName("Shift_JIS"))));
    answers.add(send("/order/register", new byte[0]));

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).isEqualTo(200);
              assertThat(answer.errorCodes()).containsExactly("E0102");
              assertThat(answer.errorItems()).containsExactly("request");
            });
  }

  @Test
  void answersE0001ForWrongCredentialsBeforeAnythingElse() {
    String wrong = new OrderXml().register().replace("<shopPassword>secret<", "<shopPassword>x<");

    Answer answer = post("/order/register", wrong);

    assertThat(answer.errorCodes()).containsExactly("E0001");
  }

  @Test
  void refusesRequestsOverTheRateLimitWithHttp429() {
    String flood =
        "<request><shopInfo><shopCode>SHOP00001</shopCode><terminalId>FLOOD01</terminalId>"
            + "<shopPassword>secret</shopPassword></shopInfo></request>";

    List<Answer> answers = new ArrayList<>();
    for (int request = 0; request < 25; request++) {
      answers.add(postOnce("/order/auth-result", flood));
    }

    assertThat(answers.subList(0, 20))
        .allSatisfy(answer -> assertThat(answer.errorCodes()).containsExactly("E0001"));
    assertThat(answers.subList(20, 25))
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).isEqualTo(429);
              assertThat(answer.retryAfter()).contains("1");
            });
  }
}
