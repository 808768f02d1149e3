package com.croftcraft.dskorder.dsk;

/** How the buyer receives DSK's invoice: DSK's {@code paymentType}. */
public enum InvoiceDelivery {
  /** Mailed by DSK (別送), {@code paymentType} 2. */
  SEPARATE(2),
  /** Printed by the shop and enclosed in the parcel (請求書同梱), {@code paymentType} 3. */
  ENCLOSED(3);

  private final int paymentType;

  InvoiceDelivery(int paymentType) {
    this.paymentType = paymentType;
  }

  public int paymentType() {
    return paymentType;
  }
}
