package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0201}: the {@code shopTransactionId} is registered already, typically by an earlier
 * request whose answer was lost. Adopt {@link #existing()} and read its credit result; never
 * register the order again.
 */
public class AlreadyRegistered extends DskRefused {

  private final CreditAnswer existing;

  public AlreadyRegistered(String operation, List<DskError> errors, CreditAnswer existing) {
    super(operation, errors);
    this.existing = existing;
  }

  /**
   * The registered transaction from DSK's answer: its {@code transactionId} always, its result only
   * when DSK repeated it.
   */
  public CreditAnswer existing() {
    return existing;
  }
}
