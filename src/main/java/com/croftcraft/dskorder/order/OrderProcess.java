package com.croftcraft.dskorder.order;

/** Names shared by the BPMN process {@code dsk-order} and the code that drives it. */
public final class OrderProcess {

  public static final String KEY = "dsk-order";

  /** Process variable holding the order number, also the instance's business key. */
  public static final String ORDER_NUMBER = "orderNumber";

  /** Message: the shop recorded the shipment; the process reports it to DSK. */
  public static final String SHIPMENT_RECORDED = "ShipmentRecorded";

  /** Message: the shop edited the order; the process sends the change to DSK. */
  public static final String ORDER_EDITED = "OrderEdited";

  /** Message: the shop asked to register a shipped order again with its edits. */
  public static final String RE_REGISTRATION_REQUESTED = "ReRegistrationRequested";

  /** Process variable: a re-registration is under way, so a failed cancel goes to a person. */
  public static final String RE_REGISTERING = "reRegistering";

  /** Process variable: the cancel of the old transaction before a re-registration failed. */
  public static final String DSK_CANCEL_FAILED = "dskCancelFailed";

  /** Process variable: the shipment is known, so a new registration reports it at once. */
  public static final String SHIPMENT_RECORDED_VARIABLE = "shipmentRecorded";

  /** Message: the shop closed the order (cancel or payment method change). */
  public static final String ORDER_CLOSED = "OrderClosed";

  /** Process variable: an operator's or the shop's decision ({@code RESEND}, {@code CANCEL}...). */
  public static final String DECISION = "decision";

  /** Process variable: the payment method the order moves to. */
  public static final String NEW_PAYMENT_METHOD = "newPaymentMethod";

  private OrderProcess() {}
}
