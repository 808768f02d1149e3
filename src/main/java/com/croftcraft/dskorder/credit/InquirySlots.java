package com.croftcraft.dskorder.credit;

import com.croftcraft.dskorder.dsk.DskProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * DSK's inquiry slots: the times of day, in DSK's zone, at which it publishes its reviewers'
 * decisions on held orders. Asking between two slots only returns what the last slot published, so
 * a held order waits for the next slot strictly after now.
 *
 * <p>The process reads {@code ${inquirySlots.next()}} as the due date of its HOLD timer.
 */
@Component("inquirySlots")
public class InquirySlots {

  private final List<LocalTime> slots;
  private final List<LocalTime> slotsLatestFirst;
  private final ZoneId zone;
  private final Clock clock;

  public InquirySlots(DskProperties dsk, Clock clock) {
    if (dsk.inquirySlots().isEmpty()) {
      throw new IllegalArgumentException("dsk.inquiry-slots must name at least one time");
    }
    this.slots = dsk.inquirySlots().stream().sorted().distinct().toList();
    this.slotsLatestFirst = slots.stream().sorted(Comparator.reverseOrder()).toList();
    this.zone = dsk.zone();
    this.clock = clock;
  }

  /** The next slot after now, as the engine's timer wants it. */
  public Date next() {
    return Date.from(nextAfter(clock.instant()).toInstant());
  }

  /** The first slot strictly after the given instant, in DSK's zone. */
  public ZonedDateTime nextAfter(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();

    for (int days = 0; days <= 1; days++) {
      for (LocalTime slot : slots) {
        ZonedDateTime candidate = day.plusDays(days).atTime(slot).atZone(zone);
        if (candidate.toInstant().isAfter(instant)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("No inquiry slot within a day of " + instant);
  }

  /** The last slot at or before the given instant: what DSK has published by then. */
  public ZonedDateTime lastAtOrBefore(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();

    for (int days = 0; days <= 1; days++) {
      for (LocalTime slot : slotsLatestFirst) {
        ZonedDateTime candidate = day.minusDays(days).atTime(slot).atZone(zone);
        if (!candidate.toInstant().isAfter(instant)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("No inquiry slot within a day before " + instant);
  }

  public ZoneId zone() {
    return zone;
  }
}
