package com.croftcraft.dskorder.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on the test PostgreSQL database, with the WireMock stand-in as DSK and
 * the job executor off: a test drives the engine's jobs and timers itself. Every test class
 * extending this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ServiceTest {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected TestRestTemplate rest;

  @DynamicPropertySource
  static void dskStandIn(DynamicPropertyRegistry registry) {
    registry.add("dsk.base-url", DskStandIn::baseUrl);
    registry.add("dsk.read-timeout", () -> "1s");
    // The engine REST API and the webapps serve the engine named "default".
    registry.add("camunda.bpm.generate-unique-process-engine-name", () -> "false");
  }

  @BeforeEach
  void initAssertions() {
    init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected static void clockAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  protected TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user);
  }

  /** An order number no other test uses. */
  protected static String newOrderNumber(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
