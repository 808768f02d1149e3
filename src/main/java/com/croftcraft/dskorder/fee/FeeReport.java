package com.croftcraft.dskorder.fee;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What one month's orders cost on each plan, and the cheapest plan; a tie names the earlier plan.
 *
 * @param month the month, {@code 2026-11}
 * @param orders how many orders DSK bills for that month
 * @param billedTotal their billed amounts together
 * @param currentPlan the plan the shop is on ({@code dsk.plan})
 * @param plans every plan, A to D
 * @param cheapestPlan the plan with the lowest total
 */
record FeeReport(
    YearMonth month,
    long orders,
    long billedTotal,
    String currentPlan,
    List<PlanFees> plans,
    String cheapestPlan) {

  /**
   * The fees of one plan in yen, tax excluded.
   *
   * @param settlementFee the settlement fee of each order, rounded down, summed
   */
  record PlanFees(String plan, long monthlyFee, long settlementFee, long invoiceFee, long total) {

    static PlanFees of(Plan plan, List<BilledAmount> amounts) {
      long orders = amounts.stream().mapToLong(BilledAmount::orders).sum();
      long settlementFee =
          amounts.stream()
              .mapToLong(amount -> plan.settlementFee(amount.amount()) * amount.orders())
              .sum();
      long invoiceFee = Plan.INVOICE_FEE * orders;

      return new PlanFees(
          plan.name(),
          plan.monthlyFee(),
          settlementFee,
          invoiceFee,
          plan.monthlyFee() + settlementFee + invoiceFee);
    }
  }

  static FeeReport of(YearMonth month, List<BilledAmount> amounts, String currentPlan) {
    List<PlanFees> plans =
        Arrays.stream(Plan.values()).map(plan -> PlanFees.of(plan, amounts)).toList();
    PlanFees cheapest = plans.stream().min(Comparator.comparingLong(PlanFees::total)).orElseThrow();

    return new FeeReport(
        month,
        amounts.stream().mapToLong(BilledAmount::orders).sum(),
        amounts.stream().mapToLong(amount -> amount.amount() * amount.orders()).sum(),
        currentPlan,
        plans,
        cheapest.plan());
  }
}
