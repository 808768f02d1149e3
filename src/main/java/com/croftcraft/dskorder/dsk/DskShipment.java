package com.croftcraft.dskorder.dsk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parcel handed to a carrier (発送情報). DSK follows it and takes over the receivable on delivery.
 *
 * @param carrier who carries it
 * @param slipNo the tracking number, 1–20 digits and hyphens
 * @param shippedDate the day it left
 */
public record DskShipment(Carrier carrier, String slipNo, LocalDate shippedDate) {

  public DskShipment {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(slipNo, "slipNo");
    Objects.requireNonNull(shippedDate, "shippedDate");
  }
}
