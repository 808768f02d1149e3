package com.croftcraft.dskorder.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.dsk.Invoice;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceCsvTest {

  @Test
  void keepsWhatWindows31JCanWriteAndShowsTheRestAsGeta() {
    assertThat(CsvCharset.WINDOWS_31J.fit("髙橋 ｱｲｳ ①㈱"))
        .isEqualTo(new CsvCharset.Fitted("髙橋 ｱｲｳ ①㈱", false));
    assertThat(CsvCharset.WINDOWS_31J.fit("𠮷田 🍣")).isEqualTo(new CsvCharset.Fitted("〓田 〓", true));
    assertThat(CsvCharset.UTF_8.fit("𠮷田 🍣")).isEqualTo(new CsvCharset.Fitted("𠮷田 🍣", false));
  }

  @Test
  void writesTheJisVariantsOfDashesAsTheirWindowsGlyphs() {
    assertThat(CsvCharset.WINDOWS_31J.fit("千代田1−1 〜ビル‖—"))
        .isEqualTo(new CsvCharset.Fitted("千代田1－1 ～ビル∥―", false));
  }

  @Test
  void readsTheCharsetParameter() {
    assertThat(CsvCharset.named(null)).isEqualTo(CsvCharset.WINDOWS_31J);
    assertThat(CsvCharset.named("utf-8")).isEqualTo(CsvCharset.UTF_8);
    assertThat(CsvCharset.named("Shift_JIS")).isEqualTo(CsvCharset.WINDOWS_31J);
    assertThatThrownBy(() -> CsvCharset.named("EUC-JP"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("charset"));
  }

  @Test
  void writesOnlyTheHeaderWithoutInvoices() {
    InvoiceCsv.Written written = InvoiceCsv.write(List.of(), CsvCharset.WINDOWS_31J);

    assertThat(new String(written.body(), Charset.forName("Windows-31J")))
        .isEqualTo(String.join(",", InvoiceCsv.HEADER) + "\r\n");
  }

  @Test
  void quotesFieldsWithCommasAndNamesTheColumnsWithGeta() {
    Invoice invoice =
        new Invoice(
            "12345678901",
            "CC-1",
            "0000000000012345",
            "91",
            "𠮷田, 太郎",
            "1000001",
            "東京都",
            "千代田区",
            "千代田1-1",
            5600,
            509,
            LocalDate.of(2026, 12, 4),
            LocalDate.of(2026, 12, 18),
            List.of());

    InvoiceCsv.Written written =
        InvoiceCsv.write(List.of(new InvoiceCsv.Row("CC-1", invoice)), CsvCharset.WINDOWS_31J);

    assertThat(new String(written.body(), Charset.forName("Windows-31J")).lines())
        .element(1)
        .isEqualTo(
            "CC-1,12345678901,0000000000012345,91,\"〓田, 太郎\",1000001,東京都,千代田区,千代田1-1,"
                + "5600,509,2026-12-04,2026-12-18");
    assertThat(written.replaced())
        .containsExactly(new InvoiceCsv.Replaced("CC-1", "12345678901", List.of("name")));
  }
}
