package com.croftcraft.dskorder.dsk;

import java.util.List;

/**
 * {@code E0101}/{@code E0102}: an element is missing, malformed or out of its limits; a person
 * fixes the order. {@link #errors()} lists every such element.
 */
public class InvalidOrder extends DskRefused {

  public InvalidOrder(String operation, List<DskError> errors) {
    super(operation, errors);
  }
}
