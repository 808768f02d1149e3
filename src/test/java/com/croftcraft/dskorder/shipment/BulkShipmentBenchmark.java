package com.croftcraft.dskorder.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.croftcraft.dskorder.order.Orders;
import com.croftcraft.dskorder.order.ShippableOrders;
import com.croftcraft.dskorder.support.ServiceTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How long {@code POST /api/shipments} takes for 10,000 rows and what it does to the heap; not a
 * test, excluded from the build ({@code docs/performance-bulk-shipments.md} has the figures and how
 * to run it). The server runs in this JVM, so the heap figures are the whole application's.
 */
class BulkShipmentBenchmark extends ServiceTest {

  private static final String HEADER = "orderNumber,trackingNumber,shippedOn,carrier";
  private static final int ROWS = 10_000;

  @Autowired Orders orders;
  @Autowired RuntimeService runtimeService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shipsTenThousandOrdersWithCreditOk() throws Exception {
    String prefix = newOrderNumber("BENCH");
    long creating = System.nanoTime();
    new ShippableOrders(orders, runtimeService, transactions).create(prefix, ROWS);
    System.out.printf(
        "Created %,d orders with credit OK waiting at awaitShipment in %.1f s%n",
        ROWS, seconds(System.nanoTime() - creating));
    statisticsUpToDate();
    warmUp();

    Figures figures =
        measure(
            "real orders, credit OK",
            n -> ShippableOrders.orderNumber(prefix, n) + ",1234-" + n + ",2026-12-04,YAMATO");

    assertThat(figures.shipped()).isEqualTo(ROWS);
  }

  @Test
  void rejectsTenThousandRowsOfUnknownOrders() throws Exception {
    String prefix = newOrderNumber("NOWHERE");
    warmUp();

    Figures figures = measure("unknown orders, rejected", n -> prefix + "-" + n + ",1234-5678,,");

    assertThat(figures.rejected()).isEqualTo(ROWS);
  }

  /**
   * What autovacuum does after a bulk load, and the test server may have it off: without fresh
   * statistics PostgreSQL finds the waiting instance by scanning every message subscription, over
   * ten times slower than through the business key's index.
   */
  private void statisticsUpToDate() {
    jdbc.execute("analyze");
  }

  private void warmUp() throws Exception {
    String prefix = newOrderNumber("WARM");
    upload(new CsvLines(HEADER, 1_000, n -> prefix + "-" + n + ",1234,,"));
  }

  private Figures measure(String what, LongFunction<String> row) throws Exception {
    long heapBefore = usedHeapAfterGc();
    HeapPeak peak = HeapPeak.start();

    long started = System.nanoTime();
    Figures figures = upload(new CsvLines(HEADER, ROWS, row));
    long elapsed = System.nanoTime() - started;

    long heapPeak = peak.stop();
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        "%n%s: %,d rows (%,d shipped, %,d rejected) in %.1f s = %,.0f rows/s;"
            + " used heap after GC %,d MB before, %,d MB after; peak during %,d MB%n%n",
        what,
        ROWS,
        figures.shipped(),
        figures.rejected(),
        seconds(elapsed),
        ROWS / seconds(elapsed),
        heapBefore >> 20,
        heapAfter >> 20,
        heapPeak >> 20);
    return figures;
  }

  /** Streams the body up and counts the outcomes as the answer streams down. */
  private Figures upload(InputStream body) throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder().encodeToString("cart:cart".getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/shipments"))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "text/csv")
            .timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);

    long shipped = 0;
    long rejected = 0;
    try (JsonParser json = new JsonFactory().createParser(response.body())) {
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        if (token == JsonToken.FIELD_NAME && json.currentName().equals("outcome")) {
          json.nextToken();
          if (json.getText().equals("SHIPPED")) {
            shipped++;
          } else {
            rejected++;
          }
        }
      }
    }
    return new Figures(shipped, rejected);
  }

  private record Figures(long shipped, long rejected) {}

  /** The highest used heap seen every 10 ms while it runs. */
  private static final class HeapPeak {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private HeapPeak() {
      sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peak.accumulateAndGet(usedHeap(), Math::max);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
    }

    static HeapPeak start() {
      HeapPeak heapPeak = new HeapPeak();
      heapPeak.sampler.start();
      return heapPeak;
    }

    long stop() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
      return peak.get();
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int round = 0; round < 3; round++) {
      System.gc();
      Thread.sleep(200);
    }
    return usedHeap();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
