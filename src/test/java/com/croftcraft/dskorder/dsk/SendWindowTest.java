package com.croftcraft.dskorder.dsk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SendWindowTest {

  @Test
  void letsTheLimitThroughAtOnce() throws Exception {
    SendWindow window = new SendWindow(3, Duration.ofSeconds(10));
    long started = System.nanoTime();

    window.awaitTurn();
    window.awaitTurn();
    window.awaitTurn();

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
  }

  @Test
  void holdsTheNextSendUntilTheOldestLeftTheWindow() throws Exception {
    SendWindow window = new SendWindow(3, Duration.ofMillis(300));
    long first = System.nanoTime();
    window.awaitTurn();
    window.awaitTurn();
    window.awaitTurn();

    window.awaitTurn();

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first))
        .isGreaterThanOrEqualTo(300);
  }

  @Test
  void countsNothingForAnInterruptedWait() throws Exception {
    SendWindow window = new SendWindow(1, Duration.ofSeconds(10));
    window.awaitTurn();
    Thread.currentThread().interrupt();

    assertThatThrownBy(window::awaitTurn).isInstanceOf(InterruptedException.class);
  }
}
