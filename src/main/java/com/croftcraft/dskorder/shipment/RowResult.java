package com.croftcraft.dskorder.shipment;

import com.croftcraft.dskorder.api.ApiProblem;
import com.croftcraft.dskorder.api.FieldProblem;
import com.croftcraft.dskorder.api.InvalidInput;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What became of one row of a bulk shipment file. A rejected row names the {@code problem} code the
 * single-order endpoint would answer, its {@code detail}, and for {@code validation} the bad fields
 * in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowResult(
    long row,
    String orderNumber,
    Outcome outcome,
    String problem,
    String detail,
    List<FieldProblem> errors) {

  enum Outcome {
    SHIPPED,
    REJECTED
  }

  static RowResult shipped(long row, String orderNumber) {
    return new RowResult(row, orderNumber, Outcome.SHIPPED, null, null, null);
  }

  static RowResult rejected(long row, String orderNumber, ApiProblem problem) {
    List<FieldProblem> errors = problem instanceof InvalidInput invalid ? invalid.errors() : null;
    return new RowResult(
        row, orderNumber, Outcome.REJECTED, problem.code(), problem.getMessage(), errors);
  }

  static RowResult failed(long row, String orderNumber) {
    return new RowResult(
        row,
        orderNumber,
        Outcome.REJECTED,
        "internal-error",
        "The service failed on this row; it may be sent again. The log has the details.",
        null);
  }

  boolean shipped() {
    return outcome == Outcome.SHIPPED;
  }
}
