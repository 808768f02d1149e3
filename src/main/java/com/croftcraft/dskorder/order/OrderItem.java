package com.croftcraft.dskorder.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One line of the order: a product, or a discount when the price is negative. */
@Embeddable
public class OrderItem {

  @Column(name = "sku")
  private String sku;

  @Column(name = "name")
  private String name;

  @Column(name = "unit_price")
  private long unitPrice;

  @Column(name = "quantity")
  private int quantity;

  protected OrderItem() {}

  public OrderItem(String sku, String name, long unitPrice, int quantity) {
    this.sku = sku;
    this.name = name;
    this.unitPrice = unitPrice;
    this.quantity = quantity;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public long unitPrice() {
    return unitPrice;
  }

  public int quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderItem that
        && unitPrice == that.unitPrice
        && quantity == that.quantity
        && Objects.equals(sku, that.sku)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, name, unitPrice, quantity);
  }

  public long amount() {
    return unitPrice * quantity;
  }
}
