package com.croftcraft.dskorder.dsk;

import java.util.List;

/** {@code E0301}: DSK knows no such transaction. */
public class UnknownTransaction extends DskRefused {

  public UnknownTransaction(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
