package com.croftcraft.dskorder.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the service's RFC 9457 problem details; their {@code type} ends in the code. */
public final class Problems {

  public static final String TYPE_BASE = "https://croftcraft.com/problems/";

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + code));
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail of(ApiProblem problem) {
    ProblemDetail detail =
        of(problem.status(), problem.code(), problem.title(), problem.getMessage());
    if (problem instanceof InvalidInput invalid) {
      detail.setProperty("errors", invalid.errors());
    }
    return detail;
  }

  public static ProblemDetail invalid(List<FieldProblem> errors) {
    return of(new InvalidInput(errors));
  }
}
