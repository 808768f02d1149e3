package com.croftcraft.dskorder.order;

/** Payment method names the service knows; any other name is the cart's own. */
public final class PaymentMethods {

  /** DSK 後払い, the only method this service runs through DSK. */
  public static final String DSK_ATOBARAI = "DSK_ATOBARAI";

  private PaymentMethods() {}
}
