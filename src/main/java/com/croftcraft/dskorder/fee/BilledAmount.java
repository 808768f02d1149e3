package com.croftcraft.dskorder.fee;

/**
 * How many of a month's orders were billed this amount. Orders of the same amount cost the same
 * settlement fee, so counting them keeps the rounding per order without reading every order.
 */
record BilledAmount(long amount, long orders) {}
