package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** Why a shipment cannot be recorded. */
final class ShipmentProblems {

  private ShipmentProblems() {}

  static final class CreditNotOk extends ApiProblem {
    CreditNotOk(String orderNumber, String creditStatus) {
      super(
          HttpStatus.CONFLICT,
          "credit-not-ok",
          "Credit not OK",
          "Order %s has credit %s; only orders with credit OK ship with DSK 後払い."
              .formatted(orderNumber, creditStatus));
    }
  }

  static final class CarrierRequired extends ApiProblem {
    CarrierRequired(String orderNumber) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "carrier-required",
          "Carrier required",
          "Order %s has no carrier; DSK follows the parcel, so name the carrier in the request."
              .formatted(orderNumber));
    }
  }

  static final class UnsupportedCharset extends ApiProblem {
    UnsupportedCharset(String charset) {
      super(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "unsupported-media-type",
          "Unsupported charset",
          "The charset %s is not read; send the file as UTF-8 or Windows-31J (Shift_JIS)."
              .formatted(charset));
    }
  }
}
