package com.croftcraft.dskorder.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeePlanTest {

  @Test
  void roundsTheSettlementFeeOfEachOrderDown() {
    assertThat(Plan.A.settlementFee(5600)).isEqualTo(263);
    // 5,600 x 4.70 % = 263.2; 5,600 x 4.20 % = 235.2; 999 x 3.40 % = 33.966; 999,999 x 2.70 % =
    // 26,999.97
    assertThat(Plan.B.settlementFee(5600)).isEqualTo(235);
    assertThat(Plan.C.settlementFee(999)).isEqualTo(33);
    assertThat(Plan.D.settlementFee(999_999)).isEqualTo(26_999);
  }

  @Test
  void reproducesTheContractsExample() {
    FeeReport report =
        FeeReport.of(YearMonth.of(2026, 11), List.of(new BilledAmount(10_000, 412)), "A");

    // 412 orders of 10,000: A 470 x 412 = 193,640 and 195 x 412 = 80,340, as service-api.md.
    assertThat(report.billedTotal()).isEqualTo(4_120_000);
    assertThat(report.plans().get(0))
        .isEqualTo(new FeeReport.PlanFees("A", 0, 193_640, 80_340, 273_980));
    // C: 15,000 + 340 x 412 = 140,080 + 80,340 = 235,420, below B 257,880 and D 236,580.
    assertThat(report.plans().get(2).total()).isEqualTo(235_420);
    assertThat(report.cheapestPlan()).isEqualTo("C");
  }
}
