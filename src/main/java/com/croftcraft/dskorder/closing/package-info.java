/**
 * How an order leaves DSK 後払い: cancellation or another payment method, by the shop or by an
 * operator, with the DSK transaction compensated in the process.
 */
package com.croftcraft.dskorder.closing;
