package com.croftcraft.dskorder.closing;

/**
 * How an order leaves DSK 後払い, as the process variable {@code decision} carries it: set by an
 * operator's form or by the shop's REST call ({@link com.croftcraft.dskorder.order.OrderProcess}).
 */
public enum Closing {
  CANCEL,
  CHANGE_PAYMENT_METHOD
}
