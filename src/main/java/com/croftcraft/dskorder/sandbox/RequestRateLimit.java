package com.croftcraft.dskorder.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * DSK's rate limit: at most {@code perSecond} requests per {@code terminalId} in any sliding
 * one-second window, refused requests included.
 *
 * <p>It measures elapsed real time ({@link System#nanoTime()}), not the service's {@link
 * java.time.Clock}: the limit is about how fast requests arrive, and a test that freezes the engine
 * clock must not pile every later request into one window.
 */
final class RequestRateLimit {

  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final int perSecond;
  private final LongSupplier nanoTime;
  private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

  RequestRateLimit(int perSecond, LongSupplier nanoTime) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("dsk.rate-limit-per-second must be at least 1");
    }
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
  }

  /** Counts a request of the terminal and tells whether it is within the limit. */
  boolean admits(String terminalId) {
    Deque<Long> window = windows.computeIfAbsent(terminalId, key -> new ArrayDeque<>());

    synchronized (window) {
      long now = nanoTime.getAsLong();
      while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
        window.pollFirst();
      }

      boolean admitted = window.size() < perSecond;
      window.addLast(now);
      return admitted;
    }
  }
}
