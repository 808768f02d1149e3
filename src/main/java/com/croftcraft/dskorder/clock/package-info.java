/** The one clock the service reads, shared with the process engine's timers. */
package com.croftcraft.dskorder.clock;
