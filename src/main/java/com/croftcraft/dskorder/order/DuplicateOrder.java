package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** The order number is taken by an order with another body. */
class DuplicateOrder extends ApiProblem {

  DuplicateOrder(String orderNumber) {
    super(
        HttpStatus.CONFLICT,
        "duplicate-order",
        "Duplicate order number",
        "Order "
            + orderNumber
            + " was registered with another body; an order number is registered once.");
  }
}
