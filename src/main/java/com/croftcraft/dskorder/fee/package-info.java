/**
 * What DSK 後払い costs the shop: a month's shipped orders priced on each fee plan, so a manager can
 * see whether another plan would be cheaper.
 */
package com.croftcraft.dskorder.fee;
