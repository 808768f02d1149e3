package com.croftcraft.dskorder.sandbox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the sandbox answers to one request, with what its log line says about it.
 *
 * @param status the HTTP status
 * @param body the response document, or a short text for a failure outside the API
 * @param summary the answer in a few words ({@code OK HOLD}, {@code NG E0102 buyer.tel})
 * @param about the ids the request concerns, for the log line
 */
record SandboxAnswer(int status, String body, String summary, String about) {

  static SandboxAnswer of(ResponseXml xml, String summary, String about) {
    return new SandboxAnswer(200, xml.toXml(), summary, about);
  }

  static SandboxAnswer refused(List<SandboxError> errors, String about) {
    String summary =
        "NG "
            + errors.stream()
                .map(
                    error ->
                        error.item() == null ? error.code() : error.code() + " " + error.item())
                .collect(Collectors.joining(", "));
    return of(ResponseXml.ng(errors), summary, about);
  }

  static SandboxAnswer refused(SandboxError error, String about) {
    return refused(List.of(error), about);
  }

  /** DSK's failure: the request may or may not have been applied (here: it was not). */
  static SandboxAnswer down(String about) {
    return new SandboxAnswer(
        503, "DSK sandbox: simulated outage (DSKDOWN marker)\n", "HTTP 503", about);
  }

  boolean xml() {
    return status == 200;
  }
}
