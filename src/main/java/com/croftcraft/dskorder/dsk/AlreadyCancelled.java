package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0403}: the transaction is cancelled. A cancel answers {@link
 * CancelOutcome#ALREADY_CANCELLED} instead.
 */
public class AlreadyCancelled extends DskRefused {

  public AlreadyCancelled(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
