package com.croftcraft.dskorder.api;

import org.springframework.http.HttpStatus;

/**
 * A refusal the REST edge answers as an RFC 9457 problem detail whose {@code type} ends in {@link
 * #code()}. Thrown before anything changed, so the request may be corrected and repeated.
 */
public abstract class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String title;

  protected ApiProblem(HttpStatus status, String code, String title, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }
}
