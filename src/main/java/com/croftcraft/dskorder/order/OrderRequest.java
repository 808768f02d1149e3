package com.croftcraft.dskorder.order;

import java.util.List;

/**
 * The body of {@code POST /api/orders} as the cart sends it. Every field is read loosely (strings,
 * boxed numbers) so that {@link OrderRequestValidator} can name each bad field at once.
 */
record OrderRequest(
    String orderNumber,
    String orderedAt,
    String channel,
    ContactRequest customer,
    ContactRequest destination,
    DeliveryRequest delivery,
    List<ItemRequest> items,
    Long shippingFee,
    Long totalAmount) {

  record ContactRequest(
      String name,
      String nameKana,
      String postalCode,
      String prefecture,
      String city,
      String street,
      String building,
      String phone,
      String email) {}

  record DeliveryRequest(String method, String carrier) {}

  record ItemRequest(String sku, String name, Long unitPrice, Integer quantity) {}
}
