package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** Refusals that concern the order's state, shared by every endpoint that changes an order. */
public final class OrderProblems {

  private OrderProblems() {}

  /** The order was cancelled or left DSK 後払い. */
  public static ApiProblem closed(Order order) {
    return new Refusal(
        HttpStatus.CONFLICT,
        "order-closed",
        "Order closed",
        "Order %s is %s; it can no longer change.".formatted(order.orderNumber(), order.status()));
  }

  /** DSK locks an order once the shipment was reported. */
  public static ApiProblem locked(Order order, String what) {
    return new Refusal(
        HttpStatus.CONFLICT,
        "order-locked",
        "Order locked",
        "Order %s was reported shipped to DSK, which locks it: %s. Cancel the order and register"
                .formatted(order.orderNumber(), what)
            + " it again instead.");
  }

  private static final class Refusal extends ApiProblem {
    Refusal(HttpStatus status, String code, String title, String detail) {
      super(status, code, title, detail);
    }
  }
}
