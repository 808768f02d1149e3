package com.croftcraft.dskorder.shipment;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * The charsets a bulk shipment file may come in: UTF-8, the default, and Windows-31J, what Excel on
 * a Japanese Windows saves. Back offices call the latter Shift_JIS, so that name (and its aliases
 * SJIS, MS932, windows-31j) is read as Windows-31J, which also knows the NEC and IBM extensions (①,
 * ㈱, 髙) that strict Shift_JIS lacks.
 */
final class CsvCharsets {

  static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

  private CsvCharsets() {}

  /**
   * The charset named by the {@code charset} parameter of the content type, UTF-8 without one.
   *
   * @throws ShipmentProblems.UnsupportedCharset for any other charset
   */
  static Charset of(MediaType contentType) {
    String name = contentType.getParameter("charset");
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }

    String unquoted = name.strip().replace("\"", "");
    Charset charset;
    try {
      charset = Charset.forName(unquoted);
    } catch (IllegalArgumentException e) {
      throw new ShipmentProblems.UnsupportedCharset(unquoted);
    }

    if (charset.equals(StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (charset.equals(WINDOWS_31J) || charset.equals(SHIFT_JIS)) {
      return WINDOWS_31J;
    }
    throw new ShipmentProblems.UnsupportedCharset(unquoted);
  }
}
