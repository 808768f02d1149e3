package com.croftcraft.dskorder.dsk;

import java.util.Arrays;
import java.util.Optional;

/** DSK's credit decision ({@code authorResult}). */
public enum AuthorResult {
  /** Credit granted. */
  OK("OK"),
  /** Credit refused. */
  NG("NG"),
  /** A person at DSK reviews the order; decided at a later inquiry slot. */
  HOLD("HOLD"),
  /** DSK waits on something before deciding (保留); not decided yet either. */
  ON_HOLD_AT_DSK("保留");

  private final String dskValue;

  AuthorResult(String dskValue) {
    this.dskValue = dskValue;
  }

  /** Whether DSK has decided: {@code OK} or {@code NG}. */
  public boolean decided() {
    return this == OK || this == NG;
  }

  static Optional<AuthorResult> fromDsk(String value) {
    return Arrays.stream(values()).filter(result -> result.dskValue.equals(value)).findFirst();
  }
}
