package com.croftcraft.dskorder.dsk;

/**
 * One reason DSK gave for refusing a request.
 *
 * @param code DSK's {@code errorCode}, such as {@code E0102}
 * @param item the element concerned ({@code buyer.tel}), or the transaction id in invoice print
 *     data; may be {@code null}
 * @param message DSK's text; may be {@code null}
 */
public record DskError(String code, String item, String message) {}
