package com.croftcraft.dskorder.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class BulkShipmentCharsetTest {

  @ParameterizedTest
  @ValueSource(strings = {"text/csv", "text/csv; charset=UTF-8", "text/csv;charset=\"utf-8\""})
  void readsUtf8WhenNamedOrWhenNoCharsetIsGiven(String contentType) {
    assertThat(CsvCharsets.of(MediaType.parseMediaType(contentType)))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Windows-31J", "windows-31j", "MS932", "ms932", "Shift_JIS", "SJIS"})
  void readsWindows31JUnderEachOfItsNames(String charset) {
    assertThat(CsvCharsets.of(MediaType.parseMediaType("text/csv; charset=" + charset)))
        .isEqualTo(CsvCharsets.WINDOWS_31J);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO-8859-1", "UTF-16", "EUC-JP", "US-ASCII"})
  void refusesOtherCharsets(String charset) {
    assertThatThrownBy(
            () -> CsvCharsets.of(MediaType.parseMediaType("text/csv;charset=" + charset)))
        .isInstanceOf(ShipmentProblems.UnsupportedCharset.class)
        .hasMessageContaining(charset);
  }
}
