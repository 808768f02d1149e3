package com.croftcraft.dskorder.dsk;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The guards around every DSK request, all named {@code dsk}: a circuit breaker, inside it a retry
 * for HTTP 429 only, inside that the rate limiter, so that each attempt takes a permit and the
 * breaker sees one outcome per call. The send window is the client's last check right before each
 * attempt goes out (see {@link SendWindow}).
 */
record DskResilience(
    CircuitBreaker circuitBreaker, Retry retry, RateLimiter rateLimiter, SendWindow sendWindow) {

  static final String NAME = "dsk";

  /** How long a caller waits for a rate-limit permit before giving up. */
  static final Duration PERMIT_WAIT = Duration.ofSeconds(30);

  /** The longest wait for a {@code Retry-After}, however long DSK asks for. */
  static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(5);

  /** The wait before repeating an HTTP 429 that came without {@code Retry-After}. */
  static final Duration RETRY_AFTER_DEFAULT = Duration.ofSeconds(1);

  /**
   * Allowance for jitter after a request left: requests that leave the client in a window of 1000 +
   * j ms may reach DSK closer together, through the HTTP client, the network and DSK's own servers.
   * 150 ms covers what the HOLD slot benchmark saw on a machine loaded far beyond its two cores
   * (docs/performance.md).
   */
  private static final long ARRIVAL_JITTER_MILLIS = 150;

  /**
   * The guards registered in the application's registries, visible to actuator and metrics. An
   * instance {@code dsk} configured under {@code resilience4j.*} would be taken as it is, so such a
   * configuration must keep the predicates below.
   */
  static DskResilience register(
      DskProperties properties,
      CircuitBreakerRegistry circuitBreakers,
      RetryRegistry retries,
      RateLimiterRegistry rateLimiters) {
    return new DskResilience(
        circuitBreakers.circuitBreaker(NAME, circuitBreakerConfig()),
        retries.retry(NAME, retryConfig(RETRY_AFTER_CAP)),
        rateLimiters.rateLimiter(
            NAME, rateLimiterConfig(properties.rateLimitPerSecond(), PERMIT_WAIT)),
        sendWindow(properties.rateLimitPerSecond()));
  }

  /** Guards of their own, for a client outside Spring. */
  static DskResilience standalone(
      DskProperties properties, Duration retryAfterCap, Duration permitWait) {
    return new DskResilience(
        CircuitBreaker.of(NAME, circuitBreakerConfig()),
        Retry.of(NAME, retryConfig(retryAfterCap)),
        RateLimiter.of(NAME, rateLimiterConfig(properties.rateLimitPerSecond(), permitWait)),
        sendWindow(properties.rateLimitPerSecond()));
  }

  /**
   * At most {@code perSecond} requests in any 1000 + j ms, counted when they go out: holds the
   * schedule of the rate limiter below even for threads that wake late for their permit.
   */
  static SendWindow sendWindow(int perSecond) {
    return new SendWindow(perSecond, Duration.ofMillis(1000 + ARRIVAL_JITTER_MILLIS));
  }

  /**
   * The schedule for at most {@code perSecond} requests in ANY one-second window, which is how DSK
   * counts.
   *
   * <p>A limiter that grants N permits at the start of each period can send N at the end of one
   * period and N more at the start of the next: 2N within a second. This one grants a single permit
   * per period of P = ceil((1000 + j) / N) ms, j being the allowance for arrival jitter. N + 1
   * requests that keep to it span N * P >= 1000 + j ms. Where the schedule alone would let N + 1
   * requests into 1000 + j ms (a permit used at the end of its period, the next at the start of the
   * following one, or a thread that wakes late), the {@link #sendWindow send window} of the same
   * length holds the last one back. DSK sees N + 1 requests in one second only when they reach it
   * more than j ms closer together than they left. For N = 20 that is one request every 58 ms,
   * about 17.2 per second.
   */
  static RateLimiterConfig rateLimiterConfig(int perSecond, Duration permitWait) {
    if (perSecond < 2) {
      throw new IllegalArgumentException("dsk.rate-limit-per-second must be at least 2");
    }

    long periodMillis = Math.floorDiv(1000 + ARRIVAL_JITTER_MILLIS + perSecond - 1, perSecond);
    return RateLimiterConfig.custom()
        .limitForPeriod(1)
        .limitRefreshPeriod(Duration.ofMillis(periodMillis))
        .timeoutDuration(permitWait)
        .build();
  }

  /**
   * Opens when half of the last 10 calls (at least 5) found DSK unavailable, and lets one call try
   * again after 30 s. Business refusals are answers, so they count as successes; a caller that
   * found no rate-limit permit never reached DSK and is not counted.
   */
  static CircuitBreakerConfig circuitBreakerConfig() {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .permittedNumberOfCallsInHalfOpenState(1)
        .recordException(DskUnavailable.class::isInstance)
        .ignoreExceptions(RequestNotPermitted.class)
        .build();
  }

  /**
   * Repeats only an HTTP 429: DSK refused it unread, so repeating cannot apply it twice. Waits what
   * {@code Retry-After} asks, at most {@code retryAfterCap}; three attempts in all.
   */
  static RetryConfig retryConfig(Duration retryAfterCap) {
    return RetryConfig.custom()
        .maxAttempts(3)
        .retryOnException(
            failure ->
                failure instanceof DskUnavailable unavailable && unavailable.isTooManyRequests())
        .intervalBiFunction(
            (attempt, outcome) -> {
              Duration asked =
                  outcome.isLeft() && outcome.getLeft() instanceof DskUnavailable unavailable
                      ? unavailable.retryAfter().orElse(RETRY_AFTER_DEFAULT)
                      : RETRY_AFTER_DEFAULT;
              return Math.min(asked.toMillis(), retryAfterCap.toMillis());
            })
        .build();
  }

  /** The call behind all three guards. */
  <T> Supplier<T> decorate(Supplier<T> call) {
    Supplier<T> limited = RateLimiter.decorateSupplier(rateLimiter, call);
    Supplier<T> retried = Retry.decorateSupplier(retry, limited);
    return CircuitBreaker.decorateSupplier(circuitBreaker, retried);
  }
}
