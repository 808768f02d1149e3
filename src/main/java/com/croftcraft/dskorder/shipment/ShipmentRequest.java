package com.croftcraft.dskorder.shipment;

/** The body of {@code POST /api/orders/{orderNumber}/shipment}. */
record ShipmentRequest(String trackingNumber, String shippedOn, String carrier) {}
