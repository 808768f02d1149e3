package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.order.OrderView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The cart reports that an order left the shop with a tracking number. */
@RestController
class ShipmentController {

  private final ShipmentRecording recording;

  ShipmentController(ShipmentRecording recording) {
    this.recording = recording;
  }

  @PostMapping("/api/orders/{orderNumber}/shipment")
  OrderView ship(@PathVariable String orderNumber, @RequestBody ShipmentRequest request) {
    return recording.record(orderNumber, recording.valid(request));
  }
}
