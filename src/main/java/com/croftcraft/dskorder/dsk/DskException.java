package com.croftcraft.dskorder.dsk;

/**
 * A DSK request that did not succeed. The message names the operation and DSK's codes; it never
 * holds the request body, the password or personal data.
 */
public abstract class DskException extends RuntimeException {

  private final String operation;

  DskException(String operation, String message, Throwable cause) {
    super("DSK " + operation + " " + message, cause);
    this.operation = operation;
  }

  /** The operation's path without the leading slash, such as {@code order/register}. */
  public String operation() {
    return operation;
  }
}
