package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** No order has this number. */
public class OrderNotFound extends ApiProblem {

  public OrderNotFound(String orderNumber) {
    super(
        HttpStatus.NOT_FOUND,
        "order-not-found",
        "Order not found",
        "No DSK order has the number " + orderNumber + ".");
  }
}
