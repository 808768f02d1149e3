package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0402}: the shipment is reported already, so the transaction can no longer be modified or
 * shipped differently; cancel it and register again.
 */
public class AlreadyShipped extends DskRefused {

  public AlreadyShipped(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
