package com.croftcraft.dskorder.dsk;

/**
 * A line of an order or an invoice.
 *
 * @param name 1–150 characters
 * @param price unit price in yen including tax; negative for a discount
 * @param quantity 1–9,999
 */
public record DskDetail(String name, long price, int quantity) {}
