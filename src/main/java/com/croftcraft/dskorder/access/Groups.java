package com.croftcraft.dskorder.access;

/** The Camunda groups the service knows, as {@code service-api.md} fixes them. */
public final class Groups {

  public static final String ADMINS = "camunda-admin";
  public static final String OPERATORS = "operators";
  public static final String MANAGERS = "managers";
  public static final String CART = "cart";

  private Groups() {}
}
