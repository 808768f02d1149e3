package com.croftcraft.dskorder.dsk;

/**
 * Why DSK holds an order.
 *
 * @param code DSK's {@code reasonCode}, such as {@code R021}
 * @param reason DSK's text, such as 住所確認中
 */
public record HoldReason(String code, String reason) {}
