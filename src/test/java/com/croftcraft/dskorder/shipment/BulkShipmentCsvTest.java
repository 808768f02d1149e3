package com.croftcraft.dskorder.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.croftcraft.dskorder.api.InvalidInput;
import com.croftcraft.dskorder.shipment.ShipmentCsv.CsvRow;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BulkShipmentCsvTest {

  @Test
  void findsColumnsByTheirHeaderNameInAnyOrderAndCase() throws IOException {
    List<CsvRow> rows = rows("Carrier,memo,TRACKINGNUMBER,orderNumber\nSAGAWA,x, 1234 ,CC-1\n");

    assertThat(rows).containsExactly(new CsvRow(2, "CC-1", "1234", null, "SAGAWA", null));
  }

  @Test
  void readsAHeaderBehindAByteOrderMark() throws IOException {
    assertThat(rows("\uFEFForderNumber,trackingNumber\nCC-1,1234\n"))
        .extracting(CsvRow::orderNumber)
        .containsExactly("CC-1");
  }

  @Test
  void countsTheHeaderAsRowOneAndSkipsBlankRows() throws IOException {
    List<CsvRow> rows = rows("orderNumber,trackingNumber\r\nCC-1,1\r\n,\r\nCC-3,3\r\n\r\n");

    assertThat(rows).extracting(CsvRow::row).containsExactly(2L, 4L);
  }

  @Test
  void takesMissingTrailingValuesAsBlank() throws IOException {
    assertThat(rows("orderNumber,trackingNumber,shippedOn,carrier\nCC-1,1234\n"))
        .containsExactly(new CsvRow(2, "CC-1", "1234", null, null, null));
  }

  @Test
  void marksARowWithMoreValuesThanTheHeaderMalformed() throws IOException {
    CsvRow row = rows("orderNumber,trackingNumber\nCC-1,12,34\n").get(0);

    assertThat(row.isMalformed()).isTrue();
    assertThat(row.malformed()).contains("3 values").contains("2 columns");
  }

  @Test
  void marksARowWithTextAfterAQuotedValueMalformedAndReadsOn() throws IOException {
    List<CsvRow> rows = rows("orderNumber,trackingNumber\nCC-1,\"12\"34,x\nCC-3,3\nCC-4,\"4\"z");

    assertThat(rows).extracting(CsvRow::row).containsExactly(2L, 3L, 4L);
    assertThat(rows).extracting(CsvRow::isMalformed).containsExactly(true, false, true);
    assertThat(rows.get(1).orderNumber()).isEqualTo("CC-3");
  }

  @Test
  void stopsAtAQuotedValueThatIsNeverClosed() throws IOException {
    try (ShipmentCsv csv = open("orderNumber,trackingNumber\nCC-1,1\n\"CC-2,2\nCC-3,3\n")) {
      assertThat(csv.next()).map(CsvRow::orderNumber).contains("CC-1");
      assertThatThrownBy(csv::next)
          .isInstanceOfSatisfying(
              ShipmentCsv.Unreadable.class, stopped -> assertThat(stopped.row()).isEqualTo(3));
    }
  }

  @Test
  void stopsAtARowTooLongToHoldInMemory() throws IOException {
    String endless = "1".repeat(ShipmentCsv.MAX_ROW_CHARS + 20_000);

    try (ShipmentCsv csv = open("orderNumber,trackingNumber\nCC-1,1\nCC-2," + endless + "\n")) {
      assertThat(csv.next()).map(CsvRow::orderNumber).contains("CC-1");
      assertThatThrownBy(csv::next)
          .isInstanceOfSatisfying(
              ShipmentCsv.Unreadable.class, stopped -> assertThat(stopped.row()).isEqualTo(3));
    }
  }

  @Test
  void namesEveryRequiredColumnMissingFromTheHeader() {
    assertThatThrownBy(() -> open("order,shippedOn,carrier\n"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(error -> error.field())
                    .containsExactly("orderNumber", "trackingNumber"));
  }

  @Test
  void refusesAHeaderNamingAColumnTwice() {
    assertThatThrownBy(() -> open("orderNumber,trackingNumber,orderNumber\n"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("header"));
  }

  @Test
  void readsNoRowsFromAnEmptyBodyOrAHeaderAlone() throws IOException {
    assertThat(rows("")).isEmpty();
    assertThat(rows("orderNumber,trackingNumber\r\n")).isEmpty();
  }

  private static ShipmentCsv open(String body) throws IOException {
    return ShipmentCsv.open(new StringReader(body));
  }

  private static List<CsvRow> rows(String body) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    try (ShipmentCsv csv = open(body)) {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }
}
