package com.croftcraft.dskorder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxShipmentAndInvoiceTests extends SandboxTestSupport {

  @Test
  void refusesAShipmentWhileTheResultIsNotOkWithE0401() {
    OrderXml order = OrderXml.named("HOLD 太郎");
    String transactionId = registered(order);

    Answer held = ship(transactionId, order.shopTransactionId, order.amount(), "1111");

    assertThat(held.errorCodes()).containsExactly("E0401");

    at("2026-12-03T11:10:00+09:00");
    assertThat(ship(transactionId, order.shopTransactionId, order.amount(), "1111").result())
        .isEqualTo("OK");
  }

  @Test
  void acceptsTheSameShipmentAgainAndRefusesADifferentOneWithE0402() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    Answer first = ship(transactionId, order.shopTransactionId, order.amount(), "1234-5678-9012");
    Answer again = ship(transactionId, order.shopTransactionId, order.amount(), "1234-5678-9012");
    Answer other = ship(transactionId, order.shopTransactionId, order.amount(), "9999");

    assertThat(first.result()).isEqualTo("OK");
    assertThat(again.result()).isEqualTo("OK");
    assertThat(other.errorCodes()).containsExactly("E0402");
  }

  @Test
  void cancelsAfterTheShipmentAndAnswersE0403ToASecondCancel() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    ship(transactionId, order.shopTransactionId, order.amount(), "1234");

    Answer cancelled = cancel(transactionId, order.shopTransactionId, order.amount());
    Answer again = cancel(transactionId, order.shopTransactionId, order.amount());

    assertThat(cancelled.result()).isEqualTo("OK");
    assertThat(again.errorCodes()).containsExactly("E0403");
    assertThat(ship(transactionId, order.shopTransactionId, order.amount(), "1234").errorCodes())
        .containsExactly("E0403");
  }

  @Test
  void refusesACancelWhoseTransactionDoesNotMatchTheRecord() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    Answer answer = cancel(transactionId, "SOMEONE-ELSE", order.amount() + 1);

    assertThat(answer.errorCodes()).containsExactly("E0102", "E0102");
    assertThat(answer.errorItems())
        .containsExactly("transaction.shopTransactionId", "transaction.billedAmount");
    assertThat(cancel("99999999999", order.shopTransactionId, order.amount()).errorCodes())
        .containsExactly("E0301");
  }

  @Test
  void validatesTheShipmentReport() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);

    Answer answer =
        post(
            "/shipment/register",
            "<request>"
                + SHOP_INFO
                + transaction(transactionId, order.shopTransactionId, 1)
                + "<pdRequest><pdCompanyCode>99</pdCompanyCode><slipNo>12-AB</slipNo>"
                + "</pdRequest></request>");

    assertThat(answer.errorItems())
        .containsExactly(
            "transaction.billedAmount",
            "pdRequest.pdCompanyCode",
            "pdRequest.slipNo",
            "pdRequest.shippedDate");
    assertThat(answer.errorCodes()).containsExactly("E0102", "E0102", "E0102", "E0101");
  }

  @Test
  void givesThePrintDataOfAnEnclosedInvoiceAndTheSameDataAgain() {
    OrderXml order = new OrderXml();
    order.paymentType = "3";
    String transactionId = registered(order);

    Answer first = printData(transactionId);
    at("2026-12-05T09:00:00+09:00");
    Answer again = printData(transactionId);

    assertThat(first.result()).isEqualTo("OK");
    assertThat(first.text("invoices/invoice/transactionId")).isEqualTo(transactionId);
    assertThat(first.text("invoices/invoice/shopTransactionId")).isEqualTo(order.shopTransactionId);
    assertThat(first.text("invoices/invoice/invoiceCode")).isEqualTo("00000" + transactionId);
    assertThat(first.text("invoices/invoice/invoiceBarCode")).matches("91[0-9]{42}");
    assertThat(first.text("invoices/invoice/fullName")).isEqualTo("山田 太郎");
    assertThat(first.text("invoices/invoice/zipCode")).isEqualTo("1000001");
    assertThat(first.text("invoices/invoice/address1")).isEqualTo("東京都");
    assertThat(first.text("invoices/invoice/billedAmount")).isEqualTo("5600");
    assertThat(first.text("invoices/invoice/tax")).isEqualTo("509");
    assertThat(first.text("invoices/invoice/invoiceStartDate")).isEqualTo("2026年12月03日");
    assertThat(first.text("invoices/invoice/timeOfReceipts")).isEqualTo("2026年12月17日");
    assertThat(first.texts("invoices/invoice/details/detail/detailName"))
        .containsExactly("手織りマグ", "送料");
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void startsTheInvoiceOnTheShippedDate() {
    OrderXml order = new OrderXml();
    order.paymentType = "3";
    String transactionId = registered(order);
    ship(transactionId, order.shopTransactionId, order.amount(), "5555");

    Answer answer = printData(transactionId);

    assertThat(answer.text("invoices/invoice/invoiceStartDate")).isEqualTo("2026年12月04日");
    assertThat(answer.text("invoices/invoice/timeOfReceipts")).isEqualTo("2026年12月18日");
  }

  @Test
  void answersAnErrorForEachTransactionThatDoesNotQualify() {
    OrderXml enclosed = new OrderXml();
    enclosed.paymentType = "3";
    String printable = registered(enclosed);
    String separate = registered(new OrderXml());
    OrderXml cancelledOrder = new OrderXml();
    cancelledOrder.paymentType = "3";
    String cancelled = registered(cancelledOrder);
    cancel(cancelled, cancelledOrder.shopTransactionId, cancelledOrder.amount());
    OrderXml changedOrder = new OrderXml();
    changedOrder.paymentType = "3";
    String changed = registered(changedOrder);
    admin("POST", "/transactions/" + changed + "/changed-in-admin-screen");

    Answer answer = printData(printable, separate, cancelled, changed, "99999999999");

    assertThat(answer.result()).isEqualTo("NG");
    assertThat(answer.texts("invoices/invoice/transactionId")).containsExactly(printable);
    assertThat(answer.errorItems()).containsExactly(separate, cancelled, changed, "99999999999");
    assertThat(answer.errorCodes()).containsExactly("E0405", "E0403", "E0404", "E0301");
  }

  @Test
  void refusesAnEnclosedInvoiceForAnotherDeliveryAddress() {
    OrderXml gift = new OrderXml().deliverTo("佐藤 花子", "丸の内2-2");
    gift.paymentType = "3";

    Answer answer = post("/order/register", gift.register());

    assertThat(answer.errorCodes()).containsExactly("E0102");
    assertThat(answer.errorItems()).containsExactly("buyer.paymentType");
  }

  @Test
  void showsTheRecordThroughTheAdminEndpoint() {
    OrderXml order = new OrderXml();
    String transactionId = registered(order);
    ship(transactionId, order.shopTransactionId, order.amount(), "1234-5678");

    Answer view = admin("GET", "/transactions/" + transactionId);

    assertThat(view.status()).isEqualTo(200);
    assertThat(view.contentType()).startsWith("application/json");
    assertThat(view.body())
        .contains("\"state\":\"SHIPPED\"", "\"result\":\"OK\"", "\"slipNo\":\"1234-5678\"")
        .contains("\"operation\":\"order/register\"", "\"operation\":\"shipment/register\"")
        .doesNotContain("山田");
    assertThat(admin("GET", "/transactions/99999999999").status()).isEqualTo(404);
  }
}
