package com.croftcraft.dskorder.sandbox;

/**
 * One reason DSK gives for refusing a request.
 *
 * @param code DSK's error code ({@code E0102})
 * @param item the element's path ({@code buyer.tel}), or {@code null} when no element is concerned
 * @param message DSK's message, in Japanese
 */
record SandboxError(String code, String item, String message) {

  static SandboxError missing(String item) {
    return new SandboxError("E0101", item, "必須項目が入力されていません");
  }

  static SandboxError malformed(String item, String message) {
    return new SandboxError("E0102", item, message);
  }

  static SandboxError of(String code, String message) {
    return new SandboxError(code, null, message);
  }
}
