package com.croftcraft.dskorder.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What DSK said about the credit, in its words: a hold reason or an error of a refused call. */
@Embeddable
public class CreditReason {

  @Column(name = "code")
  private String code;

  @Column(name = "item")
  private String item;

  @Column(name = "message")
  private String message;

  protected CreditReason() {}

  public CreditReason(String code, String item, String message) {
    this.code = code;
    this.item = item;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String item() {
    return item;
  }

  public String message() {
    return message;
  }
}
