package com.croftcraft.dskorder.dsk;

import static com.croftcraft.dskorder.dsk.DskTestSupport.BUYER_NAME;
import static com.croftcraft.dskorder.dsk.DskTestSupport.PASSWORD;
import static com.croftcraft.dskorder.dsk.DskTestSupport.client;
import static com.croftcraft.dskorder.dsk.DskTestSupport.credit;
import static com.croftcraft.dskorder.dsk.DskTestSupport.error;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ng;
import static com.croftcraft.dskorder.dsk.DskTestSupport.ngWith;
import static com.croftcraft.dskorder.dsk.DskTestSupport.order;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transaction;
import static com.croftcraft.dskorder.dsk.DskTestSupport.transactionResult;
import static com.croftcraft.dskorder.dsk.DskTestSupport.xml;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One line per call with the ids and the outcome, and never the password, the request body or the
 * buyer's personal data, in logs or exception messages, whatever DSK answers. The client and
 * Spring's HTTP client log at DEBUG here, stricter than in production.
 */
@ExtendWith(OutputCaptureExtension.class)
class DskClientLoggingTest {

  private static final List<String> SECRETS =
      List.of(PASSWORD, BUYER_NAME, "ヤマダ", "千代田1-1", "03-1234-5678", "taro@example.jp");

  private static final Map<String, Level> LEVELS =
      Map.of(
          org.slf4j.Logger.ROOT_LOGGER_NAME,
          Level.WARN,
          "com.croftcraft.dskorder.dsk",
          Level.DEBUG,
          "org.springframework.web",
          Level.DEBUG,
          "org.springframework.http",
          Level.DEBUG);

  private static final Map<String, Level> previousLevels = new HashMap<>();

  @RegisterExtension
  static WireMockExtension dsk =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeAll
  static void logVerbosely() {
    LEVELS.forEach(
        (name, level) -> {
          Logger logger = (Logger) LoggerFactory.getLogger(name);
          previousLevels.put(name, logger.getLevel());
          logger.setLevel(level);
        });
  }

  @AfterAll
  static void restoreLevels() {
    previousLevels.forEach(
        (name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  @Test
  void logsOneLineWithIdsOutcomeAndDuration(CapturedOutput output) {
    answer("/order/register", credit("HOLD"));

    client(dsk.baseUrl()).registerOrder(order());

    assertThat(output.getOut())
        .containsPattern(
            "DSK order/register for CC-20261203-0001 answered OK: transaction 12345678901,"
                + " credit HOLD \\(\\d+ ms\\)\\.");
    assertThat(dskLines(output)).hasSize(1);
    assertNoSecretIn(output.getAll());
  }

  @Test
  void logsRefusalsWithCodesAndItemsOnly(CapturedOutput output) {
    answer("/order/register", ng(error("E0102", "buyer.tel", "03-1234-5678 は不正です")));

    Throwable refusal = catchThrowable(() -> client(dsk.baseUrl()).registerOrder(order()));

    assertThat(refusal).isInstanceOf(InvalidOrder.class);
    assertThat(output.getOut())
        .containsPattern(
            "DSK order/register for CC-20261203-0001 answered NG: E0102 buyer.tel"
                + " \\(\\d+ ms\\)\\.");
    assertNoSecretIn(output.getAll());
  }

  @Test
  void logsTheTransactionAnOrderIsRegisteredAsAlready(CapturedOutput output) {
    answer(
        "/order/register",
        ngWith(transactionResult("HOLD", ""), error("E0201", "buyer.shopTransactionId", "登録済み")));

    Throwable refusal = catchThrowable(() -> client(dsk.baseUrl()).registerOrder(order()));

    assertThat(refusal).isInstanceOf(AlreadyRegistered.class);
    assertThat(output.getOut())
        .containsPattern(
            "DSK order/register for CC-20261203-0001 answered NG: E0201 buyer.shopTransactionId,"
                + " registered as transaction 12345678901 \\(\\d+ ms\\)\\.");
  }

  @Test
  void keepsThePasswordOutOfWrongCredentialsEvenWhenDskEchoesIt(CapturedOutput output) {
    answer(
        "/order/cancel",
        ng(error("E0001", "shopInfo.shopPassword", "パスワード " + PASSWORD + " は誤りです")));

    Throwable refusal = catchThrowable(() -> client(dsk.baseUrl()).cancel(transaction()));

    assertThat(refusal).isInstanceOf(WrongCredentials.class);
    assertThat(((DskRefused) refusal).errors().get(0).message()).doesNotContain(PASSWORD);
    assertNoSecretIn(messages(refusal));
    assertThat(output.getOut()).contains("answered NG: E0001 shopInfo.shopPassword");
    assertNoSecretIn(output.getAll());
  }

  @Test
  void keepsAnErrorPageOutOfLogsAndExceptions(CapturedOutput output) {
    String page = "<html><body>500 while handling " + requestEcho() + "</body></html>";
    answer("/order/register", aResponse().withStatus(500).withBody(page));

    Throwable failure = catchThrowable(() -> client(dsk.baseUrl()).registerOrder(order()));

    assertThat(failure).isInstanceOf(DskUnavailable.class);
    assertNoSecretIn(messages(failure));
    assertThat(output.getOut())
        .containsPattern(
            "DSK order/register for CC-20261203-0001 failed: HTTP 500; DSK may have applied it"
                + " \\(\\d+ ms\\)\\.");
    assertNoSecretIn(output.getAll());
  }

  @Test
  void keepsAnUnreadableAnswerOutOfLogsAndExceptions(CapturedOutput output) {
    answer("/order/register", xml("<echo>" + requestEcho() + "<broken></echo>"));

    Throwable failure = catchThrowable(() -> client(dsk.baseUrl()).registerOrder(order()));

    assertThat(failure).isInstanceOf(DskUnavailable.class);
    assertNoSecretIn(messages(failure));
    assertNoSecretIn(output.getAll());
  }

  @Test
  void keepsTheRequestOutOfTimeoutsAndResets(CapturedOutput output) {
    answer("/order/register", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    Throwable failure = catchThrowable(() -> client(dsk.baseUrl()).registerOrder(order()));

    assertThat(failure).isInstanceOf(DskUnavailable.class);
    assertNoSecretIn(messages(failure));
    assertNoSecretIn(output.getAll());
  }

  private static String requestEcho() {
    return "<shopPassword>"
        + PASSWORD
        + "</shopPassword><fullName>"
        + BUYER_NAME
        + "</fullName>"
        + "<address3>千代田1-1</address3><tel>03-1234-5678</tel>";
  }

  private static List<String> dskLines(CapturedOutput output) {
    return output.getOut().lines().filter(line -> line.contains("DSK order/")).toList();
  }

  private static String messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.add(String.valueOf(cause));
    }
    return String.join("\n", messages);
  }

  private static void assertNoSecretIn(String text) {
    assertThat(text).isNotBlank();
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
  }

  private static void answer(String path, ResponseDefinitionBuilder response) {
    dsk.stubFor(post(urlEqualTo(path)).willReturn(response));
  }
}
