package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0404}: the merchant changed or cancelled the transaction in DSK's admin screen; the API
 * can no longer manage it, a person takes over.
 */
public class ChangedInDskAdminScreen extends DskRefused {

  public ChangedInDskAdminScreen(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
