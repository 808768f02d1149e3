package com.croftcraft.dskorder.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.order.OrderProcess;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long one DSK inquiry slot takes when thousands of orders are held, on the real application
 * with its job executor running, against a DSK stand-in on 127.0.0.1 that refuses the 21st request
 * in any one-second window. Not part of the normal suite: the pom excludes {@code *Benchmark};
 * docs/performance.md says how to run it and what it measured.
 *
 * <p>Held orders are stored directly and their processes started at the HOLD timer, so the
 * benchmark spends no time on registrations. The engine clock then jumps past the slot, and the
 * benchmark waits until every order has credit {@code OK}. Each phase gives up after ten minutes.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=true",
      "logging.level.com.croftcraft.dskorder=WARN",
      "logging.level.com.croftcraft.dskorder.credit.HoldSlotBenchmark=INFO"
    })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HoldSlotBenchmark {

  private static final Logger log = LoggerFactory.getLogger(HoldSlotBenchmark.class);

  private static final int RATE_LIMIT = 20;
  private static final int SLOT_ORDERS = 2_000;
  private static final int RESTART_ORDERS = 600;
  private static final int JOBS_LEFT_BY_CRASHED_NODE = 5;
  private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofMillis(200);

  private static final String INSERT_HELD_ORDER =
      """
      insert into dsk_order (order_number, shop_transaction_id, ordered_at, channel,
        payment_method, status, customer_name, customer_postal_code, customer_prefecture,
        customer_city, customer_street, customer_phone, shipping_fee, total_amount,
        credit_status, credit_checked_at, credit_next_inquiry_at, dsk_transaction_id,
        registration_sent, invoice_delivery, invoice_printed, shipment_registered,
        request_fingerprint, revision, dsk_revision, dsk_billed_amount, lock_version, created_at,
        updated_at)
      values (?, ?, ?, 'STOREFRONT', 'DSK_ATOBARAI', 'OPEN', '山田 太郎', '100-0001', '東京都',
        '千代田区', '千代田1-1', '03-1234-5678', 800, 5600, 'HOLD', ?, ?, ?, true, 'SEPARATE',
        false, false, 'benchmark', 1, 1, 5600, 0, ?, ?)
      """;

  private static final RateLimitedDskStandIn DSK = RateLimitedDskStandIn.start(RATE_LIMIT);

  @Autowired private ProcessEngine processEngine;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private InquirySlots inquirySlots;
  @Autowired private JdbcTemplate jdbc;

  @DynamicPropertySource
  static void dskStandIn(DynamicPropertyRegistry registry) {
    registry.add("dsk.base-url", DSK::baseUrl);
    registry.add("dsk.rate-limit-per-second", () -> RATE_LIMIT);
  }

  @AfterAll
  static void stopStandIn() {
    ClockUtil.reset();
    DSK.stop();
  }

  @Test
  @Order(1)
  void inquiresASlotOfTwoThousandHeldOrdersWithinDsksRateLimit() throws Exception {
    Instant slot = inquirySlots.nextAfter(Instant.now().plus(Duration.ofDays(1))).toInstant();
    holdOrders("SLOT", SLOT_ORDERS, slot);
    assertThat(managementService.createJobQuery().timers().list())
        .allSatisfy(timer -> assertThat(timer.getPriority()).isEqualTo(-10));
    DSK.resetCounts();
    resetPeakHeap();

    long slotReached = moveEngineClockTo(slot.plusSeconds(1));
    Progress progress = awaitCreditOk("SLOT", SLOT_ORDERS, slotReached);
    RateLimitedDskStandIn.Figures dsk = DSK.figures();

    log.info(
        """
        HOLD slot with {} held orders, DSK stand-in limited to {} requests in any second:
          wall time from the slot to the last credit OK: {} s (first DSK request after {} s)
          DSK requests: {} answered, {} refused with HTTP 429, peak {} in one second
          the closest {} requests arrived within {} ms (fewer than 1000 ms means a 429)
          rate: {} requests/s from the first to the last request, {} orders/s over the slot
          job executor: at most {} jobs locked at once
          heap: {} MB used at the end, peak {} MB (pools), {} MB sampled, max {} MB""",
        SLOT_ORDERS,
        RATE_LIMIT,
        seconds(progress.finished() - slotReached),
        seconds(dsk.firstArrival() - slotReached),
        dsk.answered(),
        dsk.refused(),
        dsk.peakInAnySecond(),
        RATE_LIMIT + 1,
        dsk.tightestSpan().toMillis(),
        "%.2f".formatted(dsk.answeredPerSecond()),
        "%.2f".formatted(SLOT_ORDERS / ((progress.finished() - slotReached) / 1e9)),
        progress.mostLockedJobs(),
        megabytes(usedHeap()),
        megabytes(peakHeap()),
        megabytes(progress.mostHeapSampled()),
        megabytes(Runtime.getRuntime().maxMemory()));

    assertThat(progress.creditOk()).isEqualTo(SLOT_ORDERS);
    assertThat(dsk.refused()).isZero();
    assertThat(dsk.peakInAnySecond()).isLessThanOrEqualTo(RATE_LIMIT);
  }

  @Test
  @Order(2)
  void finishesASlotAfterTheJobExecutorStopsAndAnotherNodeDiesMidSlot() throws Exception {
    Instant slot = inquirySlots.nextAfter(ClockUtil.now().toInstant()).toInstant();
    holdOrders("RESTART", RESTART_ORDERS, slot);
    DSK.resetCounts();
    JobExecutor jobExecutor = jobExecutor();

    long slotReached = moveEngineClockTo(slot.plusSeconds(1));
    awaitCreditOk("RESTART", RESTART_ORDERS / 3, slotReached);
    long stopping = System.nanoTime();
    jobExecutor.shutdown();
    long quiet = awaitNoDskRequestsFor(Duration.ofSeconds(3));
    int okAtStop = creditOk("RESTART");
    int lockedAtStop = lockedJobs();
    long jobsLeft = managementService.createJobQuery().count();
    long timersLeft = managementService.createJobQuery().timers().count();

    long crashed = System.nanoTime();
    List<String> crashLocked = lockAsANodeThatDied(JOBS_LEFT_BY_CRASHED_NODE);
    int lockedAtRestart = lockedJobs();
    long restarted = System.nanoTime();
    jobExecutor.start();
    Progress unlocked = awaitCreditOk("RESTART", RESTART_ORDERS - lockedAtRestart, restarted);
    Progress all = awaitCreditOk("RESTART", RESTART_ORDERS, restarted);
    RateLimitedDskStandIn.Figures dsk = DSK.figures();

    log.info(
        """
        Restart mid-slot with {} held orders:
          job executor stopped after {} orders had credit OK; its last DSK request came {} s \
        after the stop; {} orders with credit OK, {} jobs left in the database ({} of them \
        timers), {} of them still locked by the stopped executor
          {} more jobs locked as by a node that died, lock time {} s; after the restart the \
        {} orders without a locked job were done in {} s, the last order in {} s
          DSK requests over the phase: {} answered, {} refused with HTTP 429, peak {} in one \
        second, the closest {} within {} ms""",
        RESTART_ORDERS,
        RESTART_ORDERS / 3,
        seconds(quiet - stopping),
        okAtStop,
        jobsLeft,
        timersLeft,
        lockedAtStop,
        crashLocked.size(),
        jobExecutor.getLockTimeInMillis() / 1000,
        RESTART_ORDERS - lockedAtRestart,
        seconds(unlocked.finished() - restarted),
        seconds(all.finished() - restarted),
        dsk.answered(),
        dsk.refused(),
        dsk.peakInAnySecond(),
        RATE_LIMIT + 1,
        dsk.tightestSpan().toMillis());

    assertThat(jobsLeft).isPositive();
    assertThat(all.creditOk()).isEqualTo(RESTART_ORDERS);
    assertThat(all.finished() - crashed)
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(jobExecutor.getLockTimeInMillis()));
    assertThat(managementService.createJobQuery().count()).isZero();
    assertThat(dsk.refused()).isZero();
  }

  /**
   * Stores held orders, each with its DSK transaction, and starts their processes at the HOLD timer
   * due at the slot, four at a time.
   */
  private void holdOrders(String prefix, int count, Instant slot) throws Exception {
    long started = System.nanoTime();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime due = slot.atOffset(ZoneOffset.UTC);
    List<String> orderNumbers =
        IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "-%05d".formatted(n)).toList();
    long transactionBase = Math.abs((long) prefix.hashCode()) % 90_000 * 100_000;

    jdbc.batchUpdate(
        INSERT_HELD_ORDER,
        orderNumbers,
        500,
        (statement, orderNumber) -> {
          String transactionId = transactionId(transactionBase, orderNumber);
          DSK.knows(transactionId, orderNumber);
          statement.setString(1, orderNumber);
          statement.setString(2, orderNumber);
          statement.setObject(3, now);
          statement.setObject(4, now);
          statement.setObject(5, due);
          statement.setString(6, transactionId);
          statement.setObject(7, now);
          statement.setObject(8, now);
        });

    List<Callable<Void>> starts = new ArrayList<>();
    for (String orderNumber : orderNumbers) {
      starts.add(
          () -> {
            runtimeService
                .createProcessInstanceByKey(OrderProcess.KEY)
                .businessKey(orderNumber)
                .setVariable(OrderProcess.ORDER_NUMBER, orderNumber)
                .setVariable(CreditRecorder.CREDIT_STATUS, "HOLD")
                .setVariable(CreditRecorder.NEXT_INQUIRY_AT, Date.from(slot))
                .startBeforeActivity("awaitInquirySlot")
                .execute();
            return null;
          });
    }
    ExecutorService starters = Executors.newFixedThreadPool(4);
    try {
      for (Future<Void> start : starters.invokeAll(starts)) {
        start.get();
      }
    } finally {
      starters.shutdown();
    }

    log.info(
        "{} held orders stored and waiting for the slot {} ({} s).",
        count,
        slot,
        seconds(System.nanoTime() - started));
  }

  private static String transactionId(long base, String orderNumber) {
    long number = Long.parseLong(orderNumber.substring(orderNumber.lastIndexOf('-') + 1));
    return "7" + "%010d".formatted(base + number);
  }

  /** Makes the engine clock tick from the given instant on; returns the real start in nanos. */
  private static long moveEngineClockTo(Instant instant) {
    long started = System.nanoTime();
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    return started;
  }

  /** The jobs of an order as a node leaves them when it dies: locked until the lock expires. */
  private List<String> lockAsANodeThatDied(int count) {
    List<String> jobIds =
        jdbc.queryForList(
            "select id_ from act_ru_job where lock_owner_ is null order by id_ limit ?",
            String.class,
            count);
    long lockTime = jobExecutor().getLockTimeInMillis();
    Timestamp expires = new Timestamp(ClockUtil.now().getTime() + lockTime);
    for (String jobId : jobIds) {
      jdbc.update(
          "update act_ru_job set lock_owner_ = 'node-that-died', lock_exp_time_ = ? where id_ = ?",
          expires,
          jobId);
    }
    return jobIds;
  }

  private Progress awaitCreditOk(String prefix, int target, long since) throws Exception {
    long deadline = since + PHASE_TIMEOUT.toNanos();
    Progress progress = Progress.start();

    while (true) {
      int ok = creditOk(prefix);
      progress = progress.sampled(ok, lockedJobs(), usedHeap());
      if (ok >= target) {
        return progress;
      }
      assertThat(System.nanoTime())
          .as("%d of %d orders with credit OK within %s", ok, target, PHASE_TIMEOUT)
          .isLessThan(deadline);
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Waits until the stand-in saw no request for the given time; returns the last arrival. */
  private static long awaitNoDskRequestsFor(Duration silence) throws Exception {
    long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();

    while (System.nanoTime() < deadline) {
      long last = DSK.figures().lastArrival();
      if (System.nanoTime() - last >= silence.toNanos()) {
        return last;
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new AssertionError("DSK still receives requests " + PHASE_TIMEOUT + " after the stop");
  }

  private int creditOk(String prefix) {
    return jdbc.queryForObject(
        "select count(*) from dsk_order where order_number like ? and credit_status = 'OK'",
        Integer.class,
        prefix + "-%");
  }

  private int lockedJobs() {
    return jdbc.queryForObject(
        "select count(*) from act_ru_job where lock_owner_ is not null", Integer.class);
  }

  private JobExecutor jobExecutor() {
    return ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration().getJobExecutor();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static String seconds(long nanos) {
    return "%.1f".formatted(nanos / 1e9);
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }

  /**
   * What the polling saw.
   *
   * @param creditOk orders with credit OK at the last poll
   * @param mostLockedJobs the most jobs locked at one poll
   * @param mostHeapSampled the most heap in use at one poll
   * @param finished {@code System.nanoTime()} of the last poll
   */
  private record Progress(int creditOk, int mostLockedJobs, long mostHeapSampled, long finished) {

    static Progress start() {
      return new Progress(0, 0, 0, System.nanoTime());
    }

    Progress sampled(int creditOk, int locked, long heap) {
      return new Progress(
          creditOk,
          Math.max(mostLockedJobs, locked),
          Math.max(mostHeapSampled, heap),
          System.nanoTime());
    }
  }
}
