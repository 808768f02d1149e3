package com.croftcraft.dskorder.invoice;

import com.croftcraft.dskorder.api.InvalidInput;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The charsets the invoice CSV is written in. Windows-31J (the default, what Excel and the label
 * printers of Japanese shops read) cannot encode every character a name may hold; {@link #fit}
 * shows what it cannot as {@link #GETA} 〓, the printers' mark for a missing glyph.
 */
enum CsvCharset {
  UTF_8(StandardCharsets.UTF_8, "UTF-8"),
  WINDOWS_31J(Charset.forName("Windows-31J"), "Windows-31J");

  /** 〓 (ゲタ): where a character could not be printed. */
  static final String GETA = "〓";

  /**
   * Characters that JIS and Windows map to different code points: the same glyph, so they are
   * written as Windows' one rather than as 〓 (a minus in an address, a wave dash in a building).
   */
  private static final Map<Integer, Integer> WINDOWS_VARIANTS =
      Map.of(
          0x301C, 0xFF5E, // 〜 WAVE DASH -> ～ FULLWIDTH TILDE
          0x2016, 0x2225, // ‖ DOUBLE VERTICAL LINE -> ∥ PARALLEL TO
          0x2212, 0xFF0D, // − MINUS SIGN -> － FULLWIDTH HYPHEN-MINUS
          0x2014, 0x2015); // — EM DASH -> ― HORIZONTAL BAR

  private final Charset charset;
  private final String name;

  CsvCharset(Charset charset, String name) {
    this.charset = charset;
    this.name = name;
  }

  /** The charset a {@code charset} parameter names; Windows-31J when it names none. */
  static CsvCharset named(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return WINDOWS_31J;
    }
    return switch (parameter.strip().toUpperCase(Locale.ROOT)) {
      case "UTF-8", "UTF8" -> UTF_8;
      case "WINDOWS-31J", "MS932", "SHIFT_JIS", "SJIS" -> WINDOWS_31J;
      default -> throw InvalidInput.of("charset", "must be Windows-31J (the default) or UTF-8");
    };
  }

  Charset charset() {
    return charset;
  }

  /** The {@code Content-Type} of the CSV. */
  String contentType() {
    return "text/csv; charset=" + name;
  }

  /** The text as this charset can write it: what it cannot encode becomes 〓. */
  Fitted fit(String text) {
    if (this == UTF_8 || text == null) {
      return new Fitted(text, false);
    }

    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder fitted = new StringBuilder(text.length());
    boolean replaced = false;
    for (int codePoint : text.codePoints().toArray()) {
      String character = Character.toString(WINDOWS_VARIANTS.getOrDefault(codePoint, codePoint));
      if (encoder.canEncode(character)) {
        fitted.append(character);
      } else {
        fitted.append(GETA);
        replaced = true;
      }
    }
    return new Fitted(fitted.toString(), replaced);
  }

  /** A text as the charset writes it, and whether characters were replaced by 〓. */
  record Fitted(String text, boolean replaced) {}
}
