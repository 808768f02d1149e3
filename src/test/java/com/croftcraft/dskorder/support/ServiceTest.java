package com.croftcraft.dskorder.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
// The coverage library's names are longer than a line.
import org.camunda.community.process_test_coverage.spring_test.platform7.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The running application on the test PostgreSQL database, with the WireMock stand-in as DSK and
 * the job executor off: a test drives the engine's jobs and timers itself. Every test class
 * extending this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ServiceTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected TestRestTemplate rest;
  @Autowired protected CircuitBreakerRegistry circuitBreakers;

  @DynamicPropertySource
  static void dskStandIn(DynamicPropertyRegistry registry) {
    registry.add("dsk.base-url", DskStandIn::baseUrl);
    registry.add("dsk.read-timeout", () -> "5s");
    // The engine REST API and the webapps serve the engine named "default".
    registry.add("camunda.bpm.generate-unique-process-engine-name", () -> "false");
  }

  @BeforeEach
  void initAssertions() {
    init(processEngine);
    dskCircuitBreaker().reset();
  }

  /** The breaker guarding calls to DSK; tests of outages open it. */
  protected CircuitBreaker dskCircuitBreaker() {
    return circuitBreakers.circuitBreaker("dsk");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Runs the instance's jobs that are due, as the job executor would, until none is left. */
  protected void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due =
          processEngine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming for " + processInstanceId);
  }

  protected static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  protected TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user);
  }

  /** Places the fixture order as the cart does and returns its process instance. */
  protected ProcessInstance place(String orderNumber) {
    as("cart").postForEntity("/api/orders", OrderFixtures.order(orderNumber), JsonNode.class);
    return instance(orderNumber);
  }

  /** The order's process instance, made the one camunda-bpm-assert's shortcuts refer to. */
  protected ProcessInstance instance(String orderNumber) {
    ProcessInstance instance =
        processEngine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(orderNumber)
            .singleResult();
    BpmnAwareTests.assertThat(instance).isStarted();
    return instance;
  }

  protected JsonNode view(String orderNumber) {
    return as("cart").getForObject("/api/orders/" + orderNumber, JsonNode.class);
  }

  protected ResponseEntity<JsonNode> edit(String orderNumber, ObjectNode body) {
    return as("cart")
        .exchange(
            "/api/orders/" + orderNumber, HttpMethod.PATCH, new HttpEntity<>(body), JsonNode.class);
  }

  /** Records the fixture shipment (a Yamato tracking number) of an order with credit OK. */
  protected ResponseEntity<JsonNode> ship(String orderNumber) {
    return as("cart")
        .postForEntity(
            "/api/orders/" + orderNumber + "/shipment",
            Map.of("trackingNumber", "1234-5678-9012"),
            JsonNode.class);
  }

  /**
   * Fails the instance's only job five times, as an outage does; the sixth attempt is the last. The
   * breaker is closed after each, as if its wait had passed.
   */
  protected void failJobFiveTimes() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      String jobId = BpmnAwareTests.job().getId();
      assertThatThrownBy(() -> processEngine.getManagementService().executeJob(jobId));
      dskCircuitBreaker().reset();
    }
  }

  protected ResponseEntity<JsonNode> cancel(String orderNumber) {
    return as("cart").postForEntity("/api/orders/" + orderNumber + "/cancel", null, JsonNode.class);
  }

  /** An order number no other test uses. */
  protected static String newOrderNumber(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
