/**
 * Orders paid with DSK 後払い: intake from the cart, the stored order, its view and list, and the
 * names shared with the process that drives each order.
 */
package com.croftcraft.dskorder.order;
