package com.croftcraft.dskorder.dsk;

import static com.croftcraft.dskorder.dsk.DskTestSupport.client;
import static com.croftcraft.dskorder.dsk.DskTestSupport.credit;
import static com.croftcraft.dskorder.dsk.DskTestSupport.error;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ng;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ok;
import static com.croftcraft.dskorder.dsk.DskTestSupport.order;
import static com.croftcraft.dskorder.dsk.DskTestSupport.properties;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transaction;
import static com.croftcraft.dskorder.dsk.DskTestSupport.xml;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the client does when DSK fails, is slow, talks nonsense or is asked too often. */
class DskClientFailuresTest {

  @RegisterExtension
  static WireMockExtension dsk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 404})
  void reportsAnErrorStatusAsUnavailableAndPossiblyApplied(int status) {
    answer("/order/register", aResponse().withStatus(status).withBody("<html>down</html>"));

    assertThatThrownBy(() -> client(dsk.baseUrl()).registerOrder(order()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.mayHaveBeenApplied()).isTrue();
              assertThat(unavailable.retryAfter()).isEmpty();
              assertThat(unavailable.operation()).isEqualTo("order/register");
              assertThat(unavailable).hasMessageContaining("HTTP " + status);
            });
    assertThat(requestsTo("/order/register")).hasSize(1);
  }

  @Test
  void repeatsTooManyRequestsAfterRetryAfterUntilDskAnswers() {
    dsk.stubFor(
        post(urlEqualTo("/order/register"))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(tooManyRequests("0"))
            .willSetStateTo("still busy"));
    dsk.stubFor(
        post(urlEqualTo("/order/register"))
            .inScenario("busy")
            .whenScenarioStateIs("still busy")
            .willReturn(tooManyRequests("1"))
            .willSetStateTo("free"));
    dsk.stubFor(
        post(urlEqualTo("/order/register"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(credit("OK")));

    CreditAnswer answer = client(dsk.baseUrl()).registerOrder(order());

    assertThat(answer.result()).isEqualTo(AuthorResult.OK);
    assertThat(requestsTo("/order/register")).hasSize(3);
  }

  @Test
  void givesUpOnTooManyRequestsAfterThreeAttempts() {
    answer("/order/cancel", tooManyRequests("7"));

    assertThatThrownBy(() -> client(dsk.baseUrl()).cancel(transaction()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(7));
              assertThat(unavailable.mayHaveBeenApplied()).isFalse();
              assertThat(unavailable).hasMessageContaining("HTTP 429");
            });
    assertThat(requestsTo("/order/cancel")).hasSize(3);
  }

  @Test
  void capsTheWaitDskAsksForWithRetryAfter() {
    String never = String.valueOf(Duration.ofDays(1).toSeconds());
    answer("/order/cancel", tooManyRequests(never));

    long started = System.nanoTime();
    assertThatThrownBy(() -> client(dsk.baseUrl()).cancel(transaction()))
        .isInstanceOf(DskUnavailable.class);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "this is not XML",
        "<response><result>OK</result>",
        "<html><body>502 Bad Gateway</body></html>",
        "<response><result>MAYBE</result></response>",
        "<response><result>OK</result></response>",
        "<response><result>OK</result><transactionResult><transactionId>12345678901"
            + "</transactionId><authorResult>MAYBE</authorResult></transactionResult></response>",
        "<response><result>NG</result></response>",
        "<response><result>NG</result><errors><error><errorCode>E0201</errorCode></error>"
            + "</errors></response>",
        ""
      })
  void reportsAnAnswerItCannotReadAsUnavailableAndPossiblyApplied(String body) {
    answer("/order/register", xml(body));

    assertThatThrownBy(() -> client(dsk.baseUrl()).registerOrder(order()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.mayHaveBeenApplied()).isTrue();
              assertThat(unavailable).hasMessageContaining("answer");
            });
  }

  @Test
  void stopsWaitingAfterTheReadTimeout() {
    answer("/order/register", credit("OK").withFixedDelay(2_000));
    DskClient client = client(properties(dsk.baseUrl(), 20, Duration.ofMillis(300)));

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.registerOrder(order()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.mayHaveBeenApplied()).isTrue();
              assertThat(unavailable).hasMessageContaining("no answer within 300 ms");
            });

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void reportsAResetConnectionAsPossiblyApplied() {
    answer("/shipment/register", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    DskShipment shipment = new DskShipment(Carrier.YAMATO, "1234", LocalDate.of(2026, 12, 4));

    assertThatThrownBy(() -> client(dsk.baseUrl()).reportShipment(transaction(), shipment))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.mayHaveBeenApplied()).isTrue();
              assertThat(unavailable.operation()).isEqualTo("shipment/register");
            });
  }

  @Test
  void reportsARefusedConnectionAsNotApplied() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(() -> client("http://127.0.0.1:" + closedPort).registerOrder(order()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable.mayHaveBeenApplied()).isFalse();
              assertThat(unavailable).hasMessageContaining("cannot connect");
            });
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndStopsCallingDsk() {
    answer("/order/auth-result", aResponse().withStatus(503));
    DskClient client = client(dsk.baseUrl());
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> client.fetchCreditResult("12345678901"))
          .isInstanceOf(DskUnavailable.class);
    }

    assertThatThrownBy(() -> client.fetchCreditResult("12345678901"))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable).hasMessageContaining("circuit breaker open");
              assertThat(unavailable.mayHaveBeenApplied()).isFalse();
            });
    assertThat(requestsTo("/order/auth-result")).hasSize(5);
  }

  @Test
  void keepsTheCircuitClosedThroughBusinessRefusals() {
    answer("/order/cancel", ng(error("E0404", "transaction.transactionId", "変更済み")));
    DskClient client = client(dsk.baseUrl());
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> client.cancel(transaction()))
          .isInstanceOf(ChangedInDskAdminScreen.class);
    }
    answer("/order/cancel", ok(""));

    assertThat(client.cancel(transaction())).isEqualTo(CancelOutcome.CANCELLED);
  }

  @Test
  void neverSendsMoreRequestsInAnySecondThanTheRateLimit() throws Exception {
    int limit = 20;
    answer("/order/cancel", ok(""));
    DskClient client = client(properties(dsk.baseUrl(), limit, Duration.ofSeconds(5)));
    ExecutorService callers = Executors.newFixedThreadPool(6);
    List<Future<CancelOutcome>> calls = new ArrayList<>();

    try {
      for (int i = 0; i < limit + 6; i++) {
        calls.add(callers.submit(() -> client.cancel(transaction())));
      }
      for (Future<CancelOutcome> call : calls) {
        assertThat(call.get()).isEqualTo(CancelOutcome.CANCELLED);
      }
    } finally {
      callers.shutdownNow();
    }

    List<Long> arrivals =
        requestsTo("/order/cancel").stream()
            .map(request -> request.getLoggedDate().getTime())
            .sorted()
            .toList();
    assertThat(arrivals).hasSize(limit + 6);
    for (int first = 0; first < arrivals.size(); first++) {
      long windowStart = arrivals.get(first);
      long inWindow =
          arrivals.stream().filter(t -> t >= windowStart && t < windowStart + 1_000).count();
      assertThat(inWindow)
          .as("requests in the second from %d", windowStart)
          .isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void givesUpWaitingForAPermitAfterTheBound() {
    answer("/order/cancel", ok(""));
    DskProperties properties = properties(dsk.baseUrl(), 2, Duration.ofSeconds(5));
    DskResilience resilience =
        DskResilience.standalone(properties, Duration.ofMillis(10), Duration.ofMillis(100));
    DskClient client = new DskClient(properties, properties::baseUrl, resilience);

    client.cancel(transaction());

    assertThatThrownBy(() -> client.cancel(transaction()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable).hasMessageContaining("no rate-limit permit within 100 ms");
              assertThat(unavailable.mayHaveBeenApplied()).isFalse();
            });
    assertThat(requestsTo("/order/cancel")).hasSize(1);
  }

  @Test
  void refusesARateLimitBelowTwoPerSecond() {
    assertThatThrownBy(() -> DskResilience.rateLimiterConfig(1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dsk.rate-limit-per-second");
  }

  private static ResponseDefinitionBuilder tooManyRequests(String retryAfter) {
    return aResponse().withStatus(429).withHeader("Retry-After", retryAfter);
  }

  private static void answer(String path, ResponseDefinitionBuilder response) {
    dsk.stubFor(post(urlEqualTo(path)).willReturn(response));
  }

  private static List<LoggedRequest> requestsTo(String path) {
    return dsk.findAll(postRequestedFor(urlEqualTo(path)));
  }
}
