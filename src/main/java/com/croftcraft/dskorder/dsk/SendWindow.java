package com.croftcraft.dskorder.dsk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The last check before a request leaves for DSK: at most {@code limit} requests in any window of
 * the given length, counted by the time each one actually goes out.
 *
 * <p>The rate limiter hands out permits on a fixed schedule, one every period. A thread that wakes
 * late for its permit (CPU contention, a garbage collection pause) sends later than scheduled while
 * the next one sends on time, so two requests leave closer together than the schedule promised; a
 * few such pairs within one second are enough for DSK to count one request too many. This window
 * times the sends themselves: the late thread is let through only when the window has room, and
 * waits here otherwise, at most one window length. When the schedule holds it never waits.
 */
final class SendWindow {

  private final long[] sends;
  private final long windowNanos;
  private final ReentrantLock lock = new ReentrantLock(true);

  /** Index of the oldest of the last {@code limit} sends, once there were that many. */
  private int oldest;

  private int recorded;

  SendWindow(int limit, Duration window) {
    if (limit < 1) {
      throw new IllegalArgumentException("A send window needs a limit of at least 1");
    }
    this.sends = new long[limit];
    this.windowNanos = window.toNanos();
  }

  /**
   * Waits until one more request keeps the window within its limit, and counts it as sent now.
   *
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is counted
   */
  void awaitTurn() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      if (recorded == sends.length) {
        long wait = sends[oldest] + windowNanos - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }

      sends[oldest] = System.nanoTime();
      oldest = (oldest + 1) % sends.length;
      recorded = Math.min(recorded + 1, sends.length);
    } finally {
      lock.unlock();
    }
  }
}
