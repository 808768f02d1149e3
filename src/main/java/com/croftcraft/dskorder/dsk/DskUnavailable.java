package com.croftcraft.dskorder.dsk;

import java.time.Duration;
import java.util.Optional;

/**
 * DSK did not process the request, or its answer was lost or unreadable: a timeout, a refused or
 * reset connection, HTTP 5xx, HTTP 429, an answer that is not DSK's XML, or the circuit breaker
 * open. Worth trying again later.
 */
public class DskUnavailable extends DskException {

  private final boolean mayHaveBeenApplied;
  private final Duration retryAfter;
  private final boolean tooManyRequests;
  private final String reason;

  /**
   * @param operation the operation's path, such as {@code order/register}
   * @param reason what happened, without request data
   * @param mayHaveBeenApplied whether DSK may have applied the request despite the failure
   */
  public DskUnavailable(String operation, String reason, boolean mayHaveBeenApplied) {
    this(operation, reason, mayHaveBeenApplied, null, false, null);
  }

  DskUnavailable(
      String operation,
      String reason,
      boolean mayHaveBeenApplied,
      Duration retryAfter,
      boolean tooManyRequests,
      Throwable cause) {
    super(operation, "unavailable: " + reason + ".", cause);
    this.mayHaveBeenApplied = mayHaveBeenApplied;
    this.retryAfter = retryAfter;
    this.tooManyRequests = tooManyRequests;
    this.reason = reason;
  }

  static DskUnavailable tooManyRequests(String operation, Duration retryAfter) {
    String reason =
        retryAfter == null
            ? "HTTP 429, too many requests"
            : "HTTP 429, too many requests; retry after " + retryAfter.toSeconds() + " s";
    return new DskUnavailable(operation, reason, false, retryAfter, true, null);
  }

  /** How long DSK asked to wait, from the {@code Retry-After} header of an HTTP 429. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether DSK may have applied the request: {@code true} after a timeout, a reset connection,
   * HTTP 5xx or an unreadable answer; {@code false} when the request never reached DSK or DSK
   * refused it unread (connection refused, HTTP 429, circuit breaker open). After a registration
   * that may have been applied, look the order up by its {@code shopTransactionId} before
   * registering it again.
   */
  public boolean mayHaveBeenApplied() {
    return mayHaveBeenApplied;
  }

  String reason() {
    return reason;
  }

  boolean isTooManyRequests() {
    return tooManyRequests;
  }
}
