package com.croftcraft.dskorder.dsk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * DSK's credit answer for one transaction (与信結果).
 *
 * @param transactionId DSK's id, 11 digits
 * @param shopTransactionId the shop's order number
 * @param result the decision; {@code null} only in {@link AlreadyRegistered#existing()} when DSK
 *     did not repeat it
 * @param decidedAt DSK's {@code authoriDate} in Japan time, or {@code null} when not given
 * @param holdReasons why DSK holds the order; empty when it does not
 */
public record CreditAnswer(
    String transactionId,
    String shopTransactionId,
    AuthorResult result,
    LocalDateTime decidedAt,
    List<HoldReason> holdReasons) {

  public CreditAnswer {
    holdReasons = holdReasons == null ? List.of() : List.copyOf(holdReasons);
  }
}
