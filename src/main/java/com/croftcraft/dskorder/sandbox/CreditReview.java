package com.croftcraft.dskorder.sandbox;

/**
 * The sandbox's credit decision on an order and how it is answered until it is published. The
 * decision follows markers in the buyer's {@code fullName} (ASCII, case-sensitive, the first that
 * matches wins) and then the amount; {@code docs/sandbox.md} explains them to newcomers.
 *
 * @param decision {@code OK} or {@code NG}
 * @param holdAnswer {@code HOLD} or {@code 保留} while the decision waits for the next inquiry slot;
 *     {@code null} when it is answered at once
 * @param reasonCode the hold reason's code, {@code null} when not held
 * @param reason the hold reason, {@code null} when not held
 */
record CreditReview(String decision, String holdAnswer, String reasonCode, String reason) {

  static final String OK = "OK";
  static final String NG = "NG";
  static final String HOLD = "HOLD";
  static final String PENDING = "保留";

  /** The marker that makes every call carrying it fail with HTTP 503. */
  static final String DOWN_MARKER = "DSKDOWN";

  private static final long NG_ABOVE = 55_000;
  private static final long HOLD_FROM = 30_000;

  /** The review of a newly registered order. */
  static CreditReview ofRegistration(String fullName, long billedAmount) {
    if (fullName.contains("HOLDNG")) {
      return held(NG, HOLD, "R021", "住所確認中");
    }
    if (fullName.contains("HOLD")) {
      return held(OK, HOLD, "R021", "住所確認中");
    }
    if (fullName.contains("PENDING")) {
      return held(OK, PENDING, "R031", "ご本人様確認書類待ち");
    }
    if (fullName.contains("NG") || billedAmount > NG_ABOVE) {
      return new CreditReview(NG, null, null, null);
    }
    if (billedAmount >= HOLD_FROM) {
      return held(OK, HOLD, "R011", "ご注文金額確認中");
    }
    return new CreditReview(OK, null, null, null);
  }

  /** The review of an order changed so that DSK looks at it again: held until the next slot. */
  static CreditReview ofChange(String fullName, long billedAmount) {
    String decision = ofRegistration(fullName, billedAmount).decision();
    return held(decision, HOLD, "R041", "ご注文内容の変更を確認中");
  }

  static boolean isDown(String fullName) {
    return fullName != null && fullName.contains(DOWN_MARKER);
  }

  boolean held() {
    return holdAnswer != null;
  }

  private static CreditReview held(String decision, String answer, String code, String reason) {
    return new CreditReview(decision, answer, code, reason);
  }
}
