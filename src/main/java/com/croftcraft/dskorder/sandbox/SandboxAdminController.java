package com.croftcraft.dskorder.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sandbox-only endpoints, not part of DSK's API: look at a transaction's record, and simulate a
 * change made in DSK's own admin screen.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping(
    path = "/dsk-sandbox/admin/transactions",
    produces = MediaType.APPLICATION_JSON_VALUE)
class SandboxAdminController {

  private static final Logger log = LoggerFactory.getLogger(SandboxAdminController.class);

  private final DskSandbox sandbox;

  SandboxAdminController(DskSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @GetMapping("/{transactionId}")
  ResponseEntity<SandboxTransactionView> transaction(@PathVariable String transactionId) {
    return ResponseEntity.of(sandbox.view(transactionId));
  }

  /** From now on every API call about the transaction answers {@code E0404}. */
  @PostMapping("/{transactionId}/changed-in-admin-screen")
  ResponseEntity<SandboxTransactionView> changedInAdminScreen(@PathVariable String transactionId) {
    ResponseEntity<SandboxTransactionView> changed =
        ResponseEntity.of(sandbox.changeInAdminScreen(transactionId));

    log.info(
        "DSK sandbox marked transactionId '{}' as changed in DSK's admin screen: {}.",
        transactionId,
        changed.getStatusCode().is2xxSuccessful()
            ? "API calls about it now answer E0404"
            : "unknown");
    return changed;
  }
}
