package com.croftcraft.dskorder.dsk;

import java.util.List;

/** {@code E0001}: DSK does not know the merchant credentials; the configuration is wrong. */
public class WrongCredentials extends DskRefused {

  public WrongCredentials(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
