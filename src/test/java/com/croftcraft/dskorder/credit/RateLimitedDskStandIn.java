package com.croftcraft.dskorder.credit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DSK's 与信結果取得 as a real HTTP server on 127.0.0.1 that counts requests the way the contract does:
 * at most {@code limit} in ANY one-second window, refused ones included; beyond that HTTP 429 with
 * {@code Retry-After: 1}. Every inquiry it admits answers credit {@code OK}.
 *
 * <p>A request is counted when its handler starts, so the arrival times it sees include the network
 * and the scheduling of both sides, as DSK would see them.
 */
final class RateLimitedDskStandIn {

  private static final Pattern TRANSACTION_ID =
      Pattern.compile("<transactionId>\\s*([^<\\s]+)\\s*</transactionId>");
  private static final DateTimeFormatter AUTHORI_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
  private static final ZoneId DSK_ZONE = ZoneId.of("Asia/Tokyo");
  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final int limit;
  private final HttpServer server;
  private final ExecutorService handlers;
  private final Map<String, String> shopTransactionIds = new ConcurrentHashMap<>();

  /** Arrival times (nanoTime) of the requests within the last second. */
  private final Deque<Long> window = new ArrayDeque<>();

  /** Arrival times (nanoTime) of all requests since the last reset. */
  private final List<Long> arrivals = new ArrayList<>();

  private int peakInAnySecond;
  private long answered;
  private long refused;
  private long firstArrival;
  private long lastArrival;

  private RateLimitedDskStandIn(int limit, HttpServer server, ExecutorService handlers) {
    this.limit = limit;
    this.server = server;
    this.handlers = handlers;
  }

  static RateLimitedDskStandIn start(int limit) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
      ExecutorService handlers = Executors.newFixedThreadPool(8);
      RateLimitedDskStandIn standIn = new RateLimitedDskStandIn(limit, server, handlers);
      server.createContext("/", standIn::handle);
      server.setExecutor(handlers);
      server.start();
      return standIn;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the DSK stand-in", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The order number the stand-in names as {@code shopTransactionId} of a transaction. */
  void knows(String transactionId, String orderNumber) {
    shopTransactionIds.put(transactionId, orderNumber);
  }

  /** Forgets the counts so far; the window of the last second stays, as it would at DSK. */
  synchronized void resetCounts() {
    peakInAnySecond = window.size();
    arrivals.clear();
    answered = 0;
    refused = 0;
    firstArrival = 0;
    lastArrival = 0;
  }

  synchronized Figures figures() {
    double seconds = (lastArrival - firstArrival) / 1e9;
    double perSecond = answered > 1 && seconds > 0 ? (answered - 1) / seconds : 0;
    return new Figures(
        answered, refused, peakInAnySecond, perSecond, tightestSpan(), firstArrival, lastArrival);
  }

  /** The shortest time in which {@code limit + 1} requests arrived; under a second is a 429. */
  private Duration tightestSpan() {
    long tightest = Long.MAX_VALUE;
    for (int first = 0; first + limit < arrivals.size(); first++) {
      tightest = Math.min(tightest, arrivals.get(first + limit) - arrivals.get(first));
    }
    return tightest == Long.MAX_VALUE ? null : Duration.ofNanos(tightest);
  }

  void stop() {
    server.stop(0);
    handlers.shutdownNow();
  }

  /**
   * What the stand-in saw since the last reset.
   *
   * @param answered requests answered with HTTP 200
   * @param refused requests answered with HTTP 429
   * @param peakInAnySecond the most requests seen within one second, refused ones included
   * @param answeredPerSecond answered requests per second between the first and the last
   * @param tightestSpan the shortest time in which one request more than the limit arrived, the
   *     margin left to the limit; {@code null} with fewer requests
   * @param firstArrival {@code System.nanoTime()} of the first request, 0 without any
   * @param lastArrival {@code System.nanoTime()} of the last request, 0 without any
   */
  record Figures(
      long answered,
      long refused,
      int peakInAnySecond,
      double answeredPerSecond,
      Duration tightestSpan,
      long firstArrival,
      long lastArrival) {}

  private void handle(HttpExchange exchange) throws IOException {
    boolean admitted = admit(System.nanoTime());

    try {
      byte[] request = exchange.getRequestBody().readAllBytes();
      if (!admitted) {
        exchange.getResponseHeaders().add("Retry-After", "1");
        exchange.sendResponseHeaders(429, -1);
        return;
      }
      if (!exchange.getRequestURI().getPath().equals("/order/auth-result")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      answer(exchange, creditOk(new String(request, StandardCharsets.UTF_8)));
    } finally {
      exchange.close();
    }
  }

  private synchronized boolean admit(long arrival) {
    while (!window.isEmpty() && window.peekFirst() <= arrival - WINDOW_NANOS) {
      window.removeFirst();
    }
    window.addLast(arrival);
    arrivals.add(arrival);
    peakInAnySecond = Math.max(peakInAnySecond, window.size());
    if (firstArrival == 0) {
      firstArrival = arrival;
    }
    lastArrival = arrival;

    if (window.size() > limit) {
      refused++;
      return false;
    }
    answered++;
    return true;
  }

  private String creditOk(String request) {
    Matcher transaction = TRANSACTION_ID.matcher(request);
    String transactionId = transaction.find() ? transaction.group(1) : "00000000000";
    String shopTransactionId = shopTransactionIds.getOrDefault(transactionId, "UNKNOWN");
    String decidedAt = LocalDateTime.now(DSK_ZONE).format(AUTHORI_DATE);

    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <response><result>OK</result><transactionResult>\
        <transactionId>%s</transactionId><shopTransactionId>%s</shopTransactionId>\
        <authorResult>OK</authorResult><authoriDate>%s</authoriDate>\
        </transactionResult></response>
        """
        .formatted(transactionId, shopTransactionId, decidedAt);
  }

  private static void answer(HttpExchange exchange, String xml) throws IOException {
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
