package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0405}: invoice print data was asked for a transaction that is not an enclosed invoice
 * (同梱) with credit {@code OK}.
 */
public class NotEnclosedInvoice extends DskRefused {

  public NotEnclosedInvoice(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
