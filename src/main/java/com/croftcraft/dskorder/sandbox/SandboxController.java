package com.croftcraft.dskorder.sandbox;

import com.croftcraft.dskorder.dsk.DskProperties;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DSK's six operations, XML in and out. Before an operation sees a request, the rate limit is
 * counted (HTTP 429) and the credentials are checked ({@code E0001}); a document that cannot be
 * read answers {@code E0102} with {@code errorItem} {@code request}.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/dsk-sandbox")
class SandboxController {

  private static final Logger log = LoggerFactory.getLogger(SandboxController.class);

  private static final MediaType XML = MediaType.parseMediaType("application/xml; charset=UTF-8");
  private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=UTF-8");

  private final DskSandbox sandbox;
  private final RequestRateLimit rateLimit;
  private final DskProperties dsk;

  SandboxController(DskSandbox sandbox, RequestRateLimit rateLimit, DskProperties dsk) {
    this.sandbox = sandbox;
    this.rateLimit = rateLimit;
    this.dsk = dsk;
  }

  @PostMapping("/order/register")
  ResponseEntity<byte[]> register(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.REGISTER, body, sandbox::register);
  }

  @PostMapping("/order/auth-result")
  ResponseEntity<byte[]> authResult(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.AUTH_RESULT, body, sandbox::authResult);
  }

  @PostMapping("/order/modify")
  ResponseEntity<byte[]> modify(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.MODIFY, body, sandbox::modify);
  }

  @PostMapping("/order/cancel")
  ResponseEntity<byte[]> cancel(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.CANCEL, body, sandbox::cancel);
  }

  @PostMapping("/shipment/register")
  ResponseEntity<byte[]> shipment(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.SHIPMENT, body, sandbox::shipment);
  }

  @PostMapping("/invoice/print-data")
  ResponseEntity<byte[]> printData(@RequestBody(required = false) byte[] body) {
    return answer(DskSandbox.PRINT_DATA, body, sandbox::printData);
  }

  private ResponseEntity<byte[]> answer(
      String operation, byte[] body, Function<RequestDocument, SandboxAnswer> handler) {
    Optional<RequestDocument> request = RequestDocument.read(body);
    String terminalId = request.map(document -> document.value("shopInfo.terminalId")).orElse(null);

    if (!rateLimit.admits(Objects.requireNonNullElse(terminalId, ""))) {
      log.info(
          "DSK sandbox refused {} from terminal '{}' with HTTP 429: over {} requests per second.",
          operation,
          terminalId,
          dsk.rateLimitPerSecond());
      return ResponseEntity.status(429)
          .header(HttpHeaders.RETRY_AFTER, "1")
          .contentType(TEXT)
          .body("Too many requests\n".getBytes(StandardCharsets.UTF_8));
    }

    SandboxAnswer answer =
        request
            .map(document -> authenticated(document) ? handler.apply(document) : wrongCredentials())
            .orElseGet(SandboxController::unreadable);
    log.info("DSK sandbox answered {} for {}: {}.", operation, answer.about(), answer.summary());

    return ResponseEntity.status(answer.status())
        .contentType(answer.xml() ? XML : TEXT)
        .body(answer.body().getBytes(StandardCharsets.UTF_8));
  }

  private boolean authenticated(RequestDocument request) {
    return dsk.merchantId().equals(request.value("shopInfo.shopCode"))
        && dsk.connectionId().equals(request.value("shopInfo.terminalId"))
        && dsk.password().equals(request.value("shopInfo.shopPassword"));
  }

  private static SandboxAnswer wrongCredentials() {
    return SandboxAnswer.refused(
        SandboxError.of("E0001", "加盟店ID・接続元ID・パスワードのいずれかが正しくありません"), "unknown credentials");
  }

  private static SandboxAnswer unreadable() {
    return SandboxAnswer.refused(
        SandboxError.malformed("request", "リクエストを読み取れません"), "an unreadable document");
  }
}
