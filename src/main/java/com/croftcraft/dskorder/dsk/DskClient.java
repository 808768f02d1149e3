package com.croftcraft.dskorder.dsk;

import com.croftcraft.dskorder.dsk.DskXml.Request;
import com.croftcraft.dskorder.dsk.DskXml.Response;
import com.croftcraft.dskorder.dsk.DskXml.UnreadableAnswer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The one way into DSK. Each method is one DSK request; it returns DSK's answer, throws a {@link
 * DskRefused} subtype when DSK refused the request, and a {@link DskUnavailable} when DSK could not
 * be asked or did not answer. Thread-safe.
 *
 * <p>Requests wait for a rate-limit permit (at most 30 s), and right before they go out for room in
 * a send window, so that DSK never sees more than {@code dsk.rate-limit-per-second} in any second;
 * HTTP 429 is repeated up to three attempts in all.
 */
@Component
public class DskClient {

  private static final Logger log = LoggerFactory.getLogger(DskClient.class);

  private static final String CONTENT_TYPE = "application/xml; charset=UTF-8";
  private static final int MAX_PRINT_DATA_TRANSACTIONS = 100;

  private final Supplier<URI> baseUrl;
  private final DskResilience resilience;
  private final DskRequests requests;
  private final DskAnswers answers;
  private final DskXml xml = new DskXml();
  private final RestClient http;
  private final DskProperties properties;

  /**
   * The application's client: {@code dsk.base-url}, or without it the built-in sandbox at {@code
   * /dsk-sandbox} of this application, and guards registered in the resilience4j registries.
   */
  @Autowired
  public DskClient(
      DskProperties properties,
      Environment environment,
      CircuitBreakerRegistry circuitBreakers,
      RetryRegistry retries,
      RateLimiterRegistry rateLimiters) {
    this(
        properties,
        properties.sandbox() ? () -> sandboxUrl(environment) : properties::baseUrl,
        DskResilience.register(properties, circuitBreakers, retries, rateLimiters));
  }

  DskClient(DskProperties properties, Supplier<URI> baseUrl, DskResilience resilience) {
    this.properties = properties;
    this.baseUrl = baseUrl;
    this.resilience = resilience;
    this.requests = new DskRequests(properties);
    this.answers = new DskAnswers(properties);
    this.http = RestClient.builder().requestFactory(requestFactory(properties)).build();
  }

  /**
   * Registers an order for credit (注文情報登録).
   *
   * @throws AlreadyRegistered when the order number is known: adopt {@code existing()}
   * @throws InvalidOrder when an element is missing or malformed
   */
  public CreditAnswer registerOrder(DskOrder order) {
    return call(
        Operation.REGISTER,
        order.shopTransactionId(),
        requests.register(order),
        response -> answers.credit(answers.requireOk(Operation.REGISTER.path, response)),
        DskClient::describeWithTransaction);
  }

  /** DSK's credit result as published at the last inquiry slot (与信結果取得). */
  public CreditAnswer fetchCreditResult(String transactionId) {
    return call(
        Operation.AUTH_RESULT,
        "transaction " + transactionId,
        requests.authResultByTransactionId(transactionId),
        response -> answers.credit(answers.requireOk(Operation.AUTH_RESULT.path, response)),
        DskClient::describeWithOrder);
  }

  /**
   * Finds the transaction registered under an order number, after a registration whose answer was
   * lost; empty when DSK knows none ({@code E0301}).
   */
  public Optional<CreditAnswer> findByShopTransactionId(String shopTransactionId) {
    return call(
        Operation.AUTH_RESULT,
        shopTransactionId,
        requests.authResultByShopTransactionId(shopTransactionId),
        response -> {
          if (answers.isOk(response)) {
            return Optional.of(answers.credit(response));
          }
          DskRefused refusal = answers.refusal(Operation.AUTH_RESULT.path, response);
          if (refusal instanceof UnknownTransaction) {
            return Optional.<CreditAnswer>empty();
          }
          throw refusal;
        },
        found ->
            found.map(DskClient::describeWithTransaction).orElse("E0301: no such transaction"));
  }

  /**
   * Replaces the registered order with this one (注文情報修正). DSK reviews it again unless only the
   * lines changed or the amount went down; repeat a modification only with the same order.
   *
   * @throws AlreadyShipped after the shipment report
   */
  public CreditAnswer modifyOrder(String transactionId, DskOrder order) {
    return call(
        Operation.MODIFY,
        order.shopTransactionId() + " (transaction " + transactionId + ")",
        requests.modify(transactionId, order),
        response -> answers.credit(answers.requireOk(Operation.MODIFY.path, response)),
        DskClient::describeCredit);
  }

  /** Cancels a transaction (注文キャンセル), before or after shipment. */
  public CancelOutcome cancel(DskTransaction transaction) {
    return call(
        Operation.CANCEL,
        subject(transaction),
        requests.cancel(transaction),
        response -> {
          if (answers.isOk(response)) {
            return CancelOutcome.CANCELLED;
          }
          DskRefused refusal = answers.refusal(Operation.CANCEL.path, response);
          if (refusal instanceof AlreadyCancelled) {
            return CancelOutcome.ALREADY_CANCELLED;
          }
          throw refusal;
        },
        outcome ->
            outcome == CancelOutcome.CANCELLED ? "OK: cancelled" : "E0403: already cancelled");
  }

  /**
   * Reports the shipment (発送情報登録); repeating the same report is safe.
   *
   * @throws CreditNotOk when DSK's credit result is not {@code OK}
   * @throws AlreadyShipped when a different shipment was reported
   */
  public void reportShipment(DskTransaction transaction, DskShipment shipment) {
    call(
        Operation.SHIPMENT,
        subject(transaction),
        requests.shipment(transaction, shipment),
        response -> answers.requireOk(Operation.SHIPMENT.path, response),
        response ->
            "OK: shipped with %s, slip %s".formatted(shipment.carrier().name(), shipment.slipNo()));
  }

  /**
   * The data to print on enclosed invoices (請求書印字データ取得) for 1 to 100 transactions. A transaction
   * that does not qualify is an error in the answer, not an exception; refusals of the whole
   * request ({@code E0001}, a malformed request) are thrown.
   */
  public InvoicePrintData fetchInvoicePrintData(List<String> transactionIds) {
    if (transactionIds.isEmpty() || transactionIds.size() > MAX_PRINT_DATA_TRANSACTIONS) {
      throw new IllegalArgumentException(
          "Invoice print data takes 1 to 100 transactions, not " + transactionIds.size());
    }

    return call(
        Operation.PRINT_DATA,
        transactionIds.size() + " transactions " + abbreviated(transactionIds),
        requests.printData(transactionIds),
        response -> printData(response, transactionIds),
        data ->
            "%s: %d invoices, errors [%s]"
                .formatted(
                    data.errors().isEmpty() ? "OK" : "OK in part",
                    data.invoices().size(),
                    codes(data.errors())));
  }

  private InvoicePrintData printData(Response response, List<String> transactionIds) {
    boolean ok = answers.isOk(response);
    List<DskError> errors = answers.errors(response);
    boolean eachAboutOneTransaction =
        errors.stream().allMatch(error -> transactionIds.contains(error.item()));

    if (!eachAboutOneTransaction || (!ok && errors.isEmpty())) {
      throw answers.refusal(Operation.PRINT_DATA.path, response);
    }
    return new InvoicePrintData(answers.invoices(response), errors);
  }

  private <T> T call(
      Operation operation,
      String subject,
      Request request,
      Function<Response, T> reading,
      Function<T, String> outcome) {
    long started = System.nanoTime();

    try {
      URI uri = endpoint(operation);
      byte[] body = xml.write(request);
      T result = guarded(operation, () -> read(operation, reading, exchange(operation, uri, body)));
      log.info(
          "DSK {} for {} answered {} ({} ms).",
          operation.path,
          subject,
          outcome.apply(result),
          millisSince(started));
      return result;
    } catch (DskRefused refusal) {
      log.info(
          "DSK {} for {} answered NG: {}{} ({} ms).",
          operation.path,
          subject,
          codes(refusal.errors()),
          refusal instanceof AlreadyRegistered registered
              ? ", registered as transaction " + registered.existing().transactionId()
              : "",
          millisSince(started));
      throw refusal;
    } catch (DskUnavailable unavailable) {
      log.info(
          "DSK {} for {} failed: {}; {} ({} ms).",
          operation.path,
          subject,
          unavailable.reason(),
          unavailable.mayHaveBeenApplied() ? "DSK may have applied it" : "DSK did not apply it",
          millisSince(started));
      throw unavailable;
    }
  }

  private static <T> T read(Operation operation, Function<Response, T> reading, Response answer) {
    try {
      return reading.apply(answer);
    } catch (UnreadableAnswer e) {
      throw new DskUnavailable(operation.path, e.getMessage(), true);
    }
  }

  private <T> T guarded(Operation operation, Supplier<T> call) {
    try {
      return resilience.decorate(call).get();
    } catch (CallNotPermittedException e) {
      throw new DskUnavailable(
          operation.path, "circuit breaker open after repeated failures, DSK not called", false);
    } catch (RequestNotPermitted e) {
      throw new DskUnavailable(
          operation.path,
          "no rate-limit permit within "
              + resilience.rateLimiter().getRateLimiterConfig().getTimeoutDuration().toMillis()
              + " ms, DSK not called",
          false);
    }
  }

  /** One HTTP exchange: DSK's answer document, or {@link DskUnavailable}. */
  private Response exchange(Operation operation, URI uri, byte[] body) {
    awaitSendWindow(operation);

    try {
      return http.post()
          .uri(uri)
          .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
          .header(HttpHeaders.ACCEPT, "application/xml")
          .body(body)
          .exchange((request, response) -> answer(operation, response), true);
    } catch (ResourceAccessException e) {
      throw transportFailure(operation, uri, e);
    }
  }

  private void awaitSendWindow(Operation operation) {
    try {
      resilience.sendWindow().awaitTurn();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DskUnavailable(
          operation.path, "interrupted while waiting to send, DSK not called", false);
    }
  }

  private Response answer(Operation operation, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();

    if (status == 429) {
      throw DskUnavailable.tooManyRequests(operation.path, retryAfter(response.getHeaders()));
    }
    if (status < 200 || status > 299) {
      throw new DskUnavailable(operation.path, "HTTP " + status, true);
    }
    try {
      return xml.read(response.getBody().readAllBytes());
    } catch (UnreadableAnswer e) {
      throw new DskUnavailable(operation.path, e.getMessage(), true);
    }
  }

  private static Duration retryAfter(HttpHeaders headers) {
    String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private DskUnavailable transportFailure(
      Operation operation, URI uri, ResourceAccessException failure) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();

    if (has(failure, HttpConnectTimeoutException.class)) {
      return new DskUnavailable(
          operation.path,
          "no connection within " + properties.connectTimeout().toMillis() + " ms",
          false,
          null,
          false,
          cause);
    }
    if (has(failure, HttpTimeoutException.class)) {
      return new DskUnavailable(
          operation.path,
          "no answer within " + properties.readTimeout().toMillis() + " ms",
          true,
          null,
          false,
          cause);
    }
    if (has(failure, ConnectException.class) || has(failure, UnknownHostException.class)) {
      return new DskUnavailable(
          operation.path,
          "cannot connect to " + uri.getHost() + ":" + uri.getPort(),
          false,
          null,
          false,
          cause);
    }
    return new DskUnavailable(
        operation.path, "connection broken (" + describe(cause) + ")", true, null, false, cause);
  }

  private static String describe(Throwable cause) {
    return cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private URI endpoint(Operation operation) {
    URI base;
    try {
      base = baseUrl.get();
    } catch (IllegalStateException e) {
      throw new DskUnavailable(operation.path, e.getMessage(), false);
    }

    String root = base.toString();
    String separator = root.endsWith("/") ? "" : "/";
    return URI.create(root + separator + operation.path);
  }

  /**
   * The built-in sandbox of this application, resolved at each call because the port is known only
   * once the web server runs (and is random in tests).
   */
  private static URI sandboxUrl(Environment environment) {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException(
          "dsk.base-url is not set and the built-in sandbox is not reachable yet: "
              + "local.server.port is unknown until the web server has started");
    }

    String contextPath = environment.getProperty("server.servlet.context-path", "");
    String path =
        contextPath.endsWith("/")
            ? contextPath.substring(0, contextPath.length() - 1)
            : contextPath;
    return URI.create("http://127.0.0.1:" + port + path + "/dsk-sandbox");
  }

  private static JdkClientHttpRequestFactory requestFactory(DskProperties properties) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
    factory.setReadTimeout(properties.readTimeout());
    return factory;
  }

  private static String subject(DskTransaction transaction) {
    return transaction.shopTransactionId() + " (transaction " + transaction.transactionId() + ")";
  }

  private static String describeWithTransaction(CreditAnswer answer) {
    return "OK: transaction %s, credit %s".formatted(answer.transactionId(), answer.result());
  }

  private static String describeWithOrder(CreditAnswer answer) {
    return "OK: order %s, credit %s".formatted(answer.shopTransactionId(), answer.result());
  }

  private static String describeCredit(CreditAnswer answer) {
    return "OK: credit " + answer.result();
  }

  private static String codes(List<DskError> errors) {
    return errors.stream()
        .map(error -> error.item() == null ? error.code() : error.code() + " " + error.item())
        .collect(Collectors.joining(", "));
  }

  private static String abbreviated(List<String> transactionIds) {
    return transactionIds.size() <= 5
        ? transactionIds.toString()
        : transactionIds.subList(0, 5).toString().replace("]", ", ...]");
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** DSK's operations by their path below the base URL. */
  private enum Operation {
    REGISTER("order/register"),
    AUTH_RESULT("order/auth-result"),
    MODIFY("order/modify"),
    CANCEL("order/cancel"),
    SHIPMENT("shipment/register"),
    PRINT_DATA("invoice/print-data");

    private final String path;

    Operation(String path) {
      this.path = path;
    }
  }
}
