package com.croftcraft.dskorder.dsk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The carriers DSK follows, with DSK's {@code pdCompanyCode}. */
public enum Carrier {
  SAGAWA("11", "佐川急便"),
  YAMATO("12", "ヤマト運輸"),
  NITTSU("13", "日本通運"),
  SEINO("14", "西濃運輸"),
  JAPANPOST_REGISTERED("15", "郵便書留"),
  JAPANPOST_YUPACK("16", "ゆうパック"),
  FUKUYAMA("18", "福山通運"),
  ECOHAI("27", "エコ配");

  private final String code;
  private final String label;

  Carrier(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** DSK's {@code pdCompanyCode}. */
  public String code() {
    return code;
  }

  /** The carrier's Japanese name. */
  public String label() {
    return label;
  }

  /** The carrier the service calls by this name, ignoring case and surrounding blanks. */
  public static Optional<Carrier> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }

    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(carrier -> carrier.name().equals(wanted)).findFirst();
  }
}
