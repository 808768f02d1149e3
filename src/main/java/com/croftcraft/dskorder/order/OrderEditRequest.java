package com.croftcraft.dskorder.order;

import com.croftcraft.dskorder.order.OrderRequest.ContactRequest;
import com.croftcraft.dskorder.order.OrderRequest.DeliveryRequest;
import com.croftcraft.dskorder.order.OrderRequest.ItemRequest;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.util.List;

/**
 * The body of {@code PATCH /api/orders/{orderNumber}}: any of the parts, each replacing the old
 * value whole, and the {@code version} the edit was made on. {@code "destination": null} is an edit
 * too (the parcel now goes to the customer), so the presence of each part is recorded.
 */
class OrderEditRequest {

  private ContactRequest customer;
  private ContactRequest destination;
  private DeliveryRequest delivery;
  private List<ItemRequest> items;
  private Long shippingFee;
  private Long totalAmount;
  private Long version;
  private boolean destinationGiven;

  ContactRequest customer() {
    return customer;
  }

  ContactRequest destination() {
    return destination;
  }

  boolean destinationGiven() {
    return destinationGiven;
  }

  DeliveryRequest delivery() {
    return delivery;
  }

  List<ItemRequest> items() {
    return items;
  }

  Long shippingFee() {
    return shippingFee;
  }

  Long totalAmount() {
    return totalAmount;
  }

  Long version() {
    return version;
  }

  @JsonSetter("customer")
  void setCustomer(ContactRequest customer) {
    this.customer = customer;
  }

  @JsonSetter("destination")
  void setDestination(ContactRequest destination) {
    this.destination = destination;
    this.destinationGiven = true;
  }

  @JsonSetter("delivery")
  void setDelivery(DeliveryRequest delivery) {
    this.delivery = delivery;
  }

  @JsonSetter("items")
  void setItems(List<ItemRequest> items) {
    this.items = items;
  }

  @JsonSetter("shippingFee")
  void setShippingFee(Long shippingFee) {
    this.shippingFee = shippingFee;
  }

  @JsonSetter("totalAmount")
  void setTotalAmount(Long totalAmount) {
    this.totalAmount = totalAmount;
  }

  @JsonSetter("version")
  void setVersion(Long version) {
    this.version = version;
  }

  @JsonIgnore
  boolean empty() {
    return customer == null
        && !destinationGiven
        && delivery == null
        && items == null
        && shippingFee == null
        && totalAmount == null;
  }
}
