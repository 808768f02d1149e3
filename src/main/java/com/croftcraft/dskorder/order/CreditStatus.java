package com.croftcraft.dskorder.order;

/** Where the order stands with DSK's credit check, as the order view shows it. */
public enum CreditStatus {
  /** Sent, or about to be sent; DSK has not answered yet. */
  PENDING,
  OK,
  NG,
  /** DSK's reviewers decide; the order waits for the next inquiry slot. */
  HOLD,
  /** DSK could not be reached or refused the call; an operator task is open. */
  ERROR,
  /** The order is no longer paid with DSK 後払い. */
  NOT_APPLICABLE
}
