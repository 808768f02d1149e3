package com.croftcraft.dskorder.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

  @Test
  void keepsDigitsAndHyphens() {
    assertThat(TrackingNumbers.normalise("1234-5678-9012")).contains("1234-5678-9012");
  }

  @Test
  void turnsFullWidthDigitsAndDashIntoHalfWidth() {
    assertThat(TrackingNumbers.normalise("１２３４－５６７８")).contains("1234-5678");
  }

  @Test
  void turnsTheLongVowelMarkIntoAHyphen() {
    assertThat(TrackingNumbers.normalise("1234ー5678")).contains("1234-5678");
    assertThat(TrackingNumbers.normalise("1234ｰ5678")).contains("1234-5678");
  }

  @Test
  void turnsTypographicDashesIntoHyphens() {
    assertThat(TrackingNumbers.normalise("1234‐5678")).contains("1234-5678");
    assertThat(TrackingNumbers.normalise("1234−5678")).contains("1234-5678");
    assertThat(TrackingNumbers.normalise("1234–5678—9012")).contains("1234-5678-9012");
  }

  @Test
  void dropsBlanksAnywhere() {
    assertThat(TrackingNumbers.normalise(" 1234 5678\u30009012\t")).contains("123456789012");
    assertThat(TrackingNumbers.normalise("1234\u00A05678")).contains("12345678");
  }

  @Test
  void acceptsTwentyCharacters() {
    assertThat(TrackingNumbers.normalise("1234-5678-9012-34567")).contains("1234-5678-9012-34567");
  }

  @Test
  void refusesTwentyOneCharacters() {
    assertThat(TrackingNumbers.normalise("1".repeat(21))).isEmpty();
  }

  @Test
  void countsTheLengthAfterNormalising() {
    assertThat(TrackingNumbers.normalise("１２３４ ５６７８ ９０１２ ３４５６ ７８９０"))
        .contains("12345678901234567890");
  }

  @Test
  void refusesLetters() {
    assertThat(TrackingNumbers.normalise("YT1234-5678")).isEmpty();
  }

  @Test
  void refusesNothingButDashesOrBlanks() {
    assertThat(TrackingNumbers.normalise("---")).isEmpty();
    assertThat(TrackingNumbers.normalise("  ")).isEmpty();
    assertThat(TrackingNumbers.normalise("")).isEmpty();
    assertThat(TrackingNumbers.normalise(null)).isEmpty();
  }
}
