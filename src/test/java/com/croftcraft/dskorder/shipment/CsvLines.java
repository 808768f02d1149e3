package com.croftcraft.dskorder.shipment;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A CSV body made line by line while it is read, so a test can send many thousand rows without
 * building them in memory first: the header, then {@code rows} lines from {@code line}.
 */
final class CsvLines extends InputStream {

  private final LongFunction<String> line;
  private final long rows;
  private byte[] current;
  private int position;
  private long next;

  CsvLines(String header, long rows, LongFunction<String> line) {
    this.line = line;
    this.rows = rows;
    this.current = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int read() {
    if (!ready()) {
      return -1;
    }
    return current[position++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!ready()) {
      return -1;
    }

    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, count);
    position += count;
    return count;
  }

  /** Whether bytes are left, making the next line when the current one is used up. */
  private boolean ready() {
    while (position == current.length) {
      if (next == rows) {
        return false;
      }
      current = (line.apply(next++) + "\r\n").getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    return true;
  }
}
