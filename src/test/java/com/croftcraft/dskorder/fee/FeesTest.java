package com.croftcraft.dskorder.fee;

import static com.croftcraft.dskorder.order.OrderTestData.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.order.Orders;
import com.croftcraft.dskorder.support.OrderFixtures;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each test prices a month of its own, far from the months other tests ship in. */
class FeesTest extends ServiceTest {

  @Autowired Orders orders;

  @Test
  void pricesTheMonthOnEveryPlanRoundingDownPerOrder() {
    shipped(5600, LocalDate.of(2031, 1, 1));
    shipped(5600, LocalDate.of(2031, 1, 15));
    shipped(12345, LocalDate.of(2031, 1, 20));
    shipped(999, LocalDate.of(2031, 1, 31));

    JsonNode fees = fees("2031-01").getBody();

    // 4 orders, billed 5,600 + 5,600 + 12,345 + 999 = 24,544; invoices 4 x 195 = 780.
    assertThat(fees.at("/month").asText()).isEqualTo("2031-01");
    assertThat(fees.at("/orders").asLong()).isEqualTo(4);
    assertThat(fees.at("/billedTotal").asLong()).isEqualTo(24_544);
    assertThat(fees.at("/currentPlan").asText()).isEqualTo("A");
    // A 4.70 %: 263.2 -> 263 twice, 580.215 -> 580, 46.953 -> 46 = 1,152 (not 1,153 on the total)
    assertPlan(fees, 0, "A", 0, 1_152, 780, 1_932);
    // B 4.20 %: 235.2 -> 235 twice, 518.49 -> 518, 41.958 -> 41 = 1,029; + 4,500 + 780
    assertPlan(fees, 1, "B", 4_500, 1_029, 780, 6_309);
    // C 3.40 %: 190.4 -> 190 twice, 419.73 -> 419, 33.966 -> 33 = 832; + 15,000 + 780
    assertPlan(fees, 2, "C", 15_000, 832, 780, 16_612);
    // D 2.70 %: 151.2 -> 151 twice, 333.315 -> 333, 26.973 -> 26 = 661; + 45,000 + 780
    assertPlan(fees, 3, "D", 45_000, 661, 780, 46_441);
    assertThat(fees.at("/cheapestPlan").asText()).isEqualTo("A");
  }

  @Test
  void namesTheEarlierPlanOfATie() {
    shipped(656_250, LocalDate.of(2031, 2, 3));
    shipped(656_250, LocalDate.of(2031, 2, 4));

    JsonNode fees = fees("2031-02").getBody();

    // A: 30,843.75 -> 30,843 twice = 61,686 + 390 = 62,076
    assertPlan(fees, 0, "A", 0, 61_686, 390, 62_076);
    // B: 27,562.5 -> 27,562 twice = 55,124 + 4,500 + 390 = 60,014
    assertPlan(fees, 1, "B", 4_500, 55_124, 390, 60_014);
    // C: 22,312.5 -> 22,312 twice = 44,624 + 15,000 + 390 = 60,014, the same as B
    assertPlan(fees, 2, "C", 15_000, 44_624, 390, 60_014);
    // D: 17,718.75 -> 17,718 twice = 35,436 + 45,000 + 390 = 80,826
    assertPlan(fees, 3, "D", 45_000, 35_436, 390, 80_826);
    assertThat(fees.at("/cheapestPlan").asText()).isEqualTo("B");
  }

  @Test
  void leavesOutOrdersCancelledOrMovedToAnotherPaymentMethodAfterShipment() {
    shipped(5600, LocalDate.of(2031, 3, 10));
    order(newOrderNumber("FEE"))
        .creditOk(OrderFixtures.transactionId())
        .shippedOn(LocalDate.of(2031, 3, 11))
        .registeredWithDsk()
        .cancelled()
        .storeIn(orders);
    order(newOrderNumber("FEE"))
        .creditOk(OrderFixtures.transactionId())
        .shippedOn(LocalDate.of(2031, 3, 12))
        .registeredWithDsk()
        .paymentMethodChanged()
        .storeIn(orders);

    JsonNode fees = fees("2031-03").getBody();

    assertThat(fees.at("/orders").asLong()).isEqualTo(1);
    assertThat(fees.at("/billedTotal").asLong()).isEqualTo(5600);
  }

  @Test
  void leavesOutOrdersShippedInOtherMonths() {
    shipped(5600, LocalDate.of(2031, 3, 31));
    shipped(7000, LocalDate.of(2031, 4, 1));
    shipped(7000, LocalDate.of(2031, 4, 30));
    shipped(9000, LocalDate.of(2031, 5, 1));

    JsonNode fees = fees("2031-04").getBody();

    assertThat(fees.at("/orders").asLong()).isEqualTo(2);
    assertThat(fees.at("/billedTotal").asLong()).isEqualTo(14_000);
  }

  @Test
  void leavesOutShipmentsDskHasNotAccepted() {
    shipped(5600, LocalDate.of(2031, 6, 1));
    order(newOrderNumber("FEE"))
        .creditOk(OrderFixtures.transactionId())
        .shippedOn(LocalDate.of(2031, 6, 2))
        .storeIn(orders);

    JsonNode fees = fees("2031-06").getBody();

    assertThat(fees.at("/orders").asLong()).isEqualTo(1);
    assertThat(fees.at("/plans/0/invoiceFee").asLong()).isEqualTo(195);
  }

  @Test
  void pricesAMonthWithoutOrdersAtTheMonthlyFees() {
    JsonNode fees = fees("2031-07").getBody();

    assertThat(fees.at("/orders").asLong()).isZero();
    assertPlan(fees, 0, "A", 0, 0, 0, 0);
    assertPlan(fees, 3, "D", 45_000, 0, 0, 45_000);
    assertThat(fees.at("/cheapestPlan").asText()).isEqualTo("A");
  }

  @Test
  void refusesAMissingOrMalformedMonth() {
    assertValidationNamingMonth(as("manager").getForEntity("/api/fees", JsonNode.class));
    assertValidationNamingMonth(fees("2026-13"));
    assertValidationNamingMonth(fees("202611"));
    assertValidationNamingMonth(fees("2026-1"));
  }

  @Test
  void answersManagersOnly() {
    assertThat(as("cart").getForEntity("/api/fees?month=2031-01", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(fees("2031-01").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void shipped(long amount, LocalDate shippedOn) {
    order(newOrderNumber("FEE"))
        .amount(amount)
        .creditOk(OrderFixtures.transactionId())
        .shippedOn(shippedOn)
        .registeredWithDsk()
        .storeIn(orders);
  }

  private ResponseEntity<JsonNode> fees(String month) {
    return as("manager").getForEntity("/api/fees?month=" + month, JsonNode.class);
  }

  private static void assertPlan(
      JsonNode fees,
      int index,
      String plan,
      long monthlyFee,
      long settlementFee,
      long invoiceFee,
      long total) {
    JsonNode fee = fees.at("/plans/" + index);
    assertThat(fee.at("/plan").asText()).isEqualTo(plan);
    assertThat(fee.at("/monthlyFee").asLong()).isEqualTo(monthlyFee);
    assertThat(fee.at("/settlementFee").asLong()).isEqualTo(settlementFee);
    assertThat(fee.at("/invoiceFee").asLong()).isEqualTo(invoiceFee);
    assertThat(fee.at("/total").asLong()).isEqualTo(total);
  }

  private static void assertValidationNamingMonth(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().at("/type").asText()).endsWith("/validation");
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("month");
  }
}
