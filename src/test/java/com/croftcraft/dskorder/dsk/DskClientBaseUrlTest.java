package com.croftcraft.dskorder.dsk;

import static com.croftcraft.dskorder.dsk.DskTestSupport.client;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ok;
import static com.croftcraft.dskorder.dsk.DskTestSupport.properties;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transaction;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.env.MockEnvironment;

/** Where requests go: {@code dsk.base-url} with its path, or the application's own sandbox. */
class DskClientBaseUrlTest {

  @RegisterExtension
  static WireMockExtension dsk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
  private final RetryRegistry retries = RetryRegistry.ofDefaults();
  private final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();

  @Test
  void appendsTheOperationToABaseUrlWithAPath() {
    dsk.stubFor(post(urlEqualTo("/api/v1/order/cancel")).willReturn(ok("")));

    client(dsk.baseUrl() + "/api/v1/").cancel(transaction());

    dsk.verify(postRequestedFor(urlEqualTo("/api/v1/order/cancel")));
  }

  @Test
  void callsTheBuiltInSandboxOnTheServersPortAndContextPath() {
    dsk.stubFor(post(urlEqualTo("/shop/dsk-sandbox/order/cancel")).willReturn(ok("")));
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("local.server.port", String.valueOf(dsk.getPort()))
            .withProperty("server.servlet.context-path", "/shop/");

    springClient(environment).cancel(transaction());

    dsk.verify(postRequestedFor(urlEqualTo("/shop/dsk-sandbox/order/cancel")));
  }

  @Test
  void resolvesTheSandboxPortOnlyWhenCalled() {
    dsk.stubFor(post(urlEqualTo("/dsk-sandbox/order/cancel")).willReturn(ok("")));
    MockEnvironment environment = new MockEnvironment();
    DskClient client = springClient(environment);

    environment.setProperty("local.server.port", String.valueOf(dsk.getPort()));
    client.cancel(transaction());

    dsk.verify(postRequestedFor(urlEqualTo("/dsk-sandbox/order/cancel")));
  }

  @Test
  void failsClearlyWithoutBaseUrlBeforeTheServerRuns() {
    DskClient client = springClient(new MockEnvironment());

    assertThatThrownBy(() -> client.cancel(transaction()))
        .isInstanceOfSatisfying(
            DskUnavailable.class,
            unavailable -> {
              assertThat(unavailable).hasMessageContaining("dsk.base-url is not set");
              assertThat(unavailable).hasMessageContaining("local.server.port");
              assertThat(unavailable.mayHaveBeenApplied()).isFalse();
            });
  }

  @Test
  void registersItsGuardsUnderTheNameDsk() {
    springClient(new MockEnvironment());

    assertThat(circuitBreakers.find("dsk")).isPresent();
    assertThat(retries.find("dsk")).isPresent();
    assertThat(rateLimiters.find("dsk"))
        .hasValueSatisfying(
            limiter -> assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(1));
  }

  private DskClient springClient(MockEnvironment environment) {
    return new DskClient(properties(null), environment, circuitBreakers, retries, rateLimiters);
  }
}
