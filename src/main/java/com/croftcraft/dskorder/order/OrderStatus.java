package com.croftcraft.dskorder.order;

/** The order's life in the shop. */
public enum OrderStatus {
  OPEN,
  SHIPPED,
  CANCELLED,
  PAYMENT_METHOD_CHANGED
}
