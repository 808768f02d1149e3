package com.croftcraft.dskorder.dsk;

/** How a cancel ended; both mean the transaction is cancelled at DSK. */
public enum CancelOutcome {
  /** This request cancelled it. */
  CANCELLED,
  /** It was cancelled already ({@code E0403}), by an earlier request whose answer was lost. */
  ALREADY_CANCELLED
}
