package com.croftcraft.dskorder.fee;

/**
 * DSK's fee plans ({@code dsk-api.md}, as of August 2022): a monthly fee, a settlement fee as a
 * share of each order's billed amount, and {@link #INVOICE_FEE} per invoice on every plan. Yen, tax
 * excluded.
 */
enum Plan {
  A(0, 470),
  B(4_500, 420),
  C(15_000, 340),
  D(45_000, 270);

  /** What DSK charges for each invoice, postage included. */
  static final long INVOICE_FEE = 195;

  private static final long BASIS_POINTS = 10_000;

  private final long monthlyFee;
  private final long rateInBasisPoints;

  Plan(long monthlyFee, long rateInBasisPoints) {
    this.monthlyFee = monthlyFee;
    this.rateInBasisPoints = rateInBasisPoints;
  }

  long monthlyFee() {
    return monthlyFee;
  }

  /** The settlement fee of one order, rounded down to the yen: 4.70 % of 5,600 is 263. */
  long settlementFee(long billedAmount) {
    return billedAmount * rateInBasisPoints / BASIS_POINTS;
  }
}
