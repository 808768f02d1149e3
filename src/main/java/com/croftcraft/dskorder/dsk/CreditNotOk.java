package com.croftcraft.dskorder.dsk;

import java.util.List;

/** {@code E0401}: a shipment was reported while DSK's credit result is not {@code OK}. */
public class CreditNotOk extends DskRefused {

  public CreditNotOk(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
