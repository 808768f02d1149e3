package com.croftcraft.dskorder.shipment;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking numbers as DSK takes them ({@code slipNo}: 1 to 20 digits and hyphens). Back offices
 * paste them from carriers' sheets, so full-width digits, the many Japanese dashes and blanks are
 * accepted and normalised first.
 */
final class TrackingNumbers {

  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");
  private static final Pattern SLIP_NO = Pattern.compile("[0-9-]{1,20}");

  private TrackingNumbers() {}

  /** The normalised tracking number, or empty when it cannot be one DSK takes. */
  static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String halfWidth = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    String normalised = DASHES.matcher(halfWidth).replaceAll("-").replaceAll("\\s", "");
    if (!SLIP_NO.matcher(normalised).matches()
        || normalised.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(normalised);
  }
}
