package com.croftcraft.dskorder.order;

/**
 * DSK's rule on which edits it reviews again ({@code dsk-api.md}, 注文情報修正): changed detail lines
 * with the same billed amount, or a lower amount, keep the current result as long as the buyer and
 * the delivery address stay; anything else is reviewed and answered {@code HOLD}. A delivery to the
 * buyer counts the same whether it is omitted or repeats the buyer's address.
 */
final class ModificationRule {

  private ModificationRule() {}

  static boolean reReviews(OrderContent before, OrderContent after) {
    boolean sameBuyer = before.customer().equals(after.customer());
    boolean sameDelivery = deliveryAddress(before).equals(deliveryAddress(after));
    boolean amountNotRaised = after.totalAmount() <= before.totalAmount();
    return !(sameBuyer && sameDelivery && amountNotRaised);
  }

  private static Contact deliveryAddress(OrderContent content) {
    Contact destination =
        content.destination() == null ? content.customer() : content.destination();
    return destination.withoutEmail();
  }
}
