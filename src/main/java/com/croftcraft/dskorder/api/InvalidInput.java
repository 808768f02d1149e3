package com.croftcraft.dskorder.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request breaks one or more rules; every bad field is named. */
public class InvalidInput extends ApiProblem {

  private final List<FieldProblem> errors;

  public InvalidInput(List<FieldProblem> errors) {
    super(
        HttpStatus.BAD_REQUEST,
        "validation",
        "Invalid request",
        errors.size() == 1
            ? "1 field is invalid."
            : "%d fields are invalid.".formatted(errors.size()));
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
