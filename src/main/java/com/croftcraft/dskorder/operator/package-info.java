/** What operators see in Tasklist: the order's facts on every task. */
package com.croftcraft.dskorder.operator;
