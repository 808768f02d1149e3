package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.dsk.Carrier;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import java.util.List;

/** What DSK is told about an order: the validated, trimmed content the cart sent or edited. */
public record OrderContent(
    String orderNumber,
    Contact customer,
    Contact destination,
    String deliveryMethod,
    Carrier deliveryCarrier,
    List<OrderItem> items,
    long shippingFee,
    long totalAmount,
    InvoiceDelivery invoiceDelivery) {}
