package com.croftcraft.dskorder.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.croftcraft.dskorder.dsk.DskProperties;
import com.croftcraft.dskorder.dsk.InvoiceDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class InquirySlotsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static InquirySlots slots(String now, String... times) {
    List<LocalTime> slotTimes =
        times.length == 0
            ? List.of(
                LocalTime.of(11, 10),
                LocalTime.of(14, 10),
                LocalTime.of(16, 10),
                LocalTime.of(18, 10))
            : Arrays.stream(times).map(LocalTime::parse).toList();
    return new InquirySlots(properties(slotTimes), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }

  private static DskProperties properties(List<LocalTime> slotTimes) {
    return new DskProperties(
        null,
        "M",
        "T",
        "p",
        InvoiceDelivery.SEPARATE,
        "A",
        slotTimes,
        TOKYO,
        20,
        Duration.ofSeconds(2),
        Duration.ofSeconds(10));
  }

  private static OffsetDateTime next(InquirySlots slots, String at) {
    return slots.nextAfter(OffsetDateTime.parse(at).toInstant()).toOffsetDateTime();
  }

  @Test
  void waitsForTheNextSlotOfTheSameDayBetweenSlots() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z");

    assertThat(next(slots, "2026-12-03T12:00:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2026-12-03T14:10:00+09:00"));
  }

  @Test
  void waitsForTheFirstSlotBeforeTheFirstSlot() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z");

    assertThat(next(slots, "2026-12-03T06:00:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2026-12-03T11:10:00+09:00"));
  }

  @Test
  void anOrderHeldExactlyAtASlotWaitsForTheFollowingOne() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z");

    assertThat(next(slots, "2026-12-03T14:10:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2026-12-03T16:10:00+09:00"));
  }

  @Test
  void anOrderHeldAfterTheLastSlotWaitsForElevenTenTheNextDay() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z");

    assertThat(next(slots, "2026-12-03T18:30:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2026-12-04T11:10:00+09:00"));
  }

  @Test
  void crossesTheEndOfTheYear() {
    InquirySlots slots = slots("2026-12-31T00:00:00Z");

    assertThat(next(slots, "2026-12-31T23:59:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2027-01-01T11:10:00+09:00"));
  }

  @Test
  void slotsAreJapanTimeWhateverTheServersZone() {
    TimeZone serverZone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      InquirySlots slots = slots("2026-12-03T03:00:00Z");

      assertThat(slots.next().toInstant()).isEqualTo(Instant.parse("2026-12-03T05:10:00Z"));
    } finally {
      TimeZone.setDefault(serverZone);
    }
  }

  @Test
  void nextReadsTheInjectedClock() {
    InquirySlots slots = slots("2026-12-03T09:30:00Z");

    assertThat(slots.next().toInstant()).isEqualTo(Instant.parse("2026-12-04T02:10:00Z"));
  }

  @Test
  void theLastPublishedSlotIsAtOrBeforeNow() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z");

    assertThat(slots.lastAtOrBefore(Instant.parse("2026-12-03T05:10:00Z")).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-12-03T14:10:00+09:00"));
    assertThat(slots.lastAtOrBefore(Instant.parse("2026-12-03T01:00:00Z")).toOffsetDateTime())
        .isEqualTo(OffsetDateTime.parse("2026-12-02T18:10:00+09:00"));
  }

  @Test
  void takesConfiguredSlotsInAnyOrder() {
    InquirySlots slots = slots("2026-12-03T00:00:00Z", "15:00", "09:00");

    assertThat(next(slots, "2026-12-03T10:00:00+09:00"))
        .isEqualTo(OffsetDateTime.parse("2026-12-03T15:00:00+09:00"));
  }

  @Test
  void refusesAnEmptyListOfSlots() {
    assertThatThrownBy(() -> new InquirySlots(properties(List.of()), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dsk.inquiry-slots");
  }
}
