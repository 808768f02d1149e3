package com.croftcraft.dskorder.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * An order as the sandbox stores it after validation: texts trimmed, the zip code without its
 * hyphen.
 *
 * @param deliveryCustomer the delivery address, or {@code null} when the parcel goes to the buyer
 */
record SandboxOrder(
    String shopTransactionId,
    String shopOrderDate,
    Contact buyer,
    long billedAmount,
    int paymentType,
    Contact deliveryCustomer,
    List<Detail> details) {

  /** The contact elements shared by the buyer and a delivery address. */
  record Contact(
      String fullName,
      String fullKanaName,
      String zipCode,
      String address1,
      String address2,
      String address3,
      String tel,
      String email) {

    /** Whether both name the same person at the same address, whatever the tel's hyphens. */
    boolean sameAddressAs(Contact other) {
      return fullName.equals(other.fullName)
          && zipCode.equals(other.zipCode)
          && address1.equals(other.address1)
          && address2.equals(other.address2)
          && address3.equals(other.address3)
          && digits(tel).equals(digits(other.tel));
    }

    /** Whether nothing DSK reviews about the person changed: the address, kana and email. */
    boolean sameBuyerAs(Contact other) {
      return sameAddressAs(other)
          && Objects.equals(fullKanaName, other.fullKanaName)
          && Objects.equals(email, other.email);
    }

    private static String digits(String text) {
      return text.replaceAll("[^0-9]", "");
    }
  }

  /** One line of the invoice. */
  record Detail(String detailName, long detailPrice, int detailQuantity) {}

  /** Whether the parcel goes somewhere other than the buyer's address. */
  boolean deliversElsewhere() {
    return deliveryCustomer != null && !deliveryCustomer.sameAddressAs(buyer);
  }

  /** The address the parcel goes to. */
  Contact deliveryAddress() {
    return deliversElsewhere() ? deliveryCustomer : buyer;
  }

  /**
   * Whether DSK keeps its current credit result for this order changed into the other: the buyer,
   * the delivery address, the order date and the payment type stay and the amount does not grow.
   * That covers changed detail lines with the same amount, a decreased amount and an identical
   * body.
   */
  boolean keepsResultWhenChangedTo(SandboxOrder changed) {
    boolean sameParties =
        buyer.sameBuyerAs(changed.buyer)
            && deliveryAddress().sameAddressAs(changed.deliveryAddress())
            && shopOrderDate.equals(changed.shopOrderDate)
            && paymentType == changed.paymentType;

    return sameParties && changed.billedAmount <= billedAmount;
  }
}
