package com.croftcraft.dskorder.order;

/** Who chose DSK 後払い for the order. */
public enum Channel {
  /** The shopper, at checkout. */
  STOREFRONT,
  /** The shop owner, registering the order on the shopper's behalf. */
  BACK_OFFICE
}
