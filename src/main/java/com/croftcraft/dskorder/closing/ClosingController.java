package com.croftcraft.dskorder.closing;

import com.croftcraft.dskorder.order.OrderView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop cancels an order, or moves it to another payment method. */
@RestController
@RequestMapping("/api/orders/{orderNumber}")
class ClosingController {

  private final OrderClosing closing;

  ClosingController(OrderClosing closing) {
    this.closing = closing;
  }

  record PaymentMethodRequest(String paymentMethod) {}

  @PostMapping("/cancel")
  OrderView cancel(@PathVariable String orderNumber) {
    return closing.cancel(orderNumber);
  }

  @PutMapping("/payment-method")
  OrderView changePaymentMethod(
      @PathVariable String orderNumber, @RequestBody PaymentMethodRequest request) {
    return closing.changePaymentMethod(orderNumber, request.paymentMethod());
  }
}
