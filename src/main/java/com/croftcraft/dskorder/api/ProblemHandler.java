package com.croftcraft.dskorder.api;

import com.croftcraft.dskorder.dsk.DskUnavailable;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the REST API as {@code application/problem+json}: the service's own
 * refusals, unreadable bodies (with the path of the bad field) and Spring MVC's own errors.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> refused(ApiProblem problem) {
    return respond(Problems.of(problem));
  }

  /**
   * A call to DSK made within the request failed; nothing was changed, the call may be repeated.
   */
  @ExceptionHandler(DskUnavailable.class)
  ResponseEntity<ProblemDetail> dskUnavailable(DskUnavailable e) {
    log.warn("A request needed DSK, which is unavailable: {}", e.getMessage());
    return respond(
        Problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "dsk-unavailable",
            "DSK unavailable",
            "DSK did not answer; nothing was changed. Repeat the request later."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return respond(
        Problems.invalid(List.of(new FieldProblem(e.getName(), "has an unreadable value"))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldProblem problem =
        e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? new FieldProblem(path(mapping.getPath()), "has a value of the wrong type")
            : new FieldProblem("body", "is not a readable JSON document");
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.invalid(List.of(problem)));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && problem.getType().toString().equals("about:blank")) {
      String code =
          HttpStatus.valueOf(status.value()).name().toLowerCase(Locale.ROOT).replace('_', '-');
      problem.setType(URI.create(Problems.TYPE_BASE + code));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Request failed unexpectedly.", e);
    return respond(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The service failed; the request may be repeated. The log has the details."));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** {@code items[0].quantity} from Jackson's path of references. */
  private static String path(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
