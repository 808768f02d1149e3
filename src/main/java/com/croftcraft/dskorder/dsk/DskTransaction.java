package com.croftcraft.dskorder.dsk;

/**
 * A transaction as DSK knows it: cancel and shipment requests must repeat all three values, and DSK
 * refuses them ({@code E0102}) when one does not match its record.
 *
 * @param transactionId DSK's id, 11 digits
 * @param shopTransactionId the shop's order number
 * @param billedAmount the current billed amount in yen
 */
public record DskTransaction(String transactionId, String shopTransactionId, long billedAmount) {}
