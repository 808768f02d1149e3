package com.croftcraft.dskorder.invoice;

import com.croftcraft.dskorder.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** Why the invoice CSV cannot be handed out; nothing was marked printed. */
final class InvoiceProblems {

  private InvoiceProblems() {}

  static final class DskRefused extends ApiProblem {
    DskRefused(String codes) {
      super(
          HttpStatus.BAD_GATEWAY,
          "dsk-refused",
          "DSK refused the request",
          ("DSK refused the request for invoice print data (%s); no invoice is marked printed."
                  + " The log has the details.")
              .formatted(codes));
    }
  }
}
