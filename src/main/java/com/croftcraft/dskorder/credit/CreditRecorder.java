package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.CreditAnswer;
import com.croftcraft.dskorder.order.CreditReason;
import com.croftcraft.dskorder.order.CreditStatus;
import com.croftcraft.dskorder.order.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes DSK's credit answer into the order and the process: the status the process routes on and,
 * for a held order, the inquiry slot its timer waits for.
 */
@Component
class CreditRecorder {

  static final String CREDIT_STATUS = "creditStatus";
  static final String NEXT_INQUIRY_AT = "nextInquiryAt";
  static final String DSK_BEHIND = "dskBehind";

  private static final Logger log = LoggerFactory.getLogger(CreditRecorder.class);

  private final InquirySlots inquirySlots;
  private final Clock clock;

  CreditRecorder(InquirySlots inquirySlots, Clock clock) {
    this.inquirySlots = inquirySlots;
    this.clock = clock;
  }

  void record(DelegateExecution execution, Order order, CreditAnswer answer, String call) {
    Instant now = clock.instant();
    CreditStatus status =
        switch (answer.result()) {
          case OK -> CreditStatus.OK;
          case NG -> CreditStatus.NG;
          case HOLD, ON_HOLD_AT_DSK -> CreditStatus.HOLD;
        };
    Instant nextInquiryAt =
        status == CreditStatus.HOLD ? inquirySlots.nextAfter(now).toInstant() : null;
    List<CreditReason> reasons =
        answer.holdReasons().stream()
            .map(reason -> new CreditReason(reason.code(), null, reason.reason()))
            .toList();

    order.creditAnswered(status, answer.transactionId(), now, reasons, nextInquiryAt);
    execution.setVariable(CREDIT_STATUS, status.name());
    execution.setVariable(NEXT_INQUIRY_AT, nextInquiryAt == null ? null : Date.from(nextInquiryAt));
    execution.setVariable(DSK_BEHIND, order.dskBehind());

    if (nextInquiryAt == null) {
      log.info(
          "{} for order {}: DSK transaction {}, credit {}.",
          call,
          order.orderNumber(),
          answer.transactionId(),
          status);
    } else {
      log.info(
          "{} for order {}: DSK transaction {}, credit {} ({}); next inquiry at {}.",
          call,
          order.orderNumber(),
          answer.transactionId(),
          status,
          answer.result(),
          nextInquiryAt.atZone(inquirySlots.zone()));
    }
  }
}
