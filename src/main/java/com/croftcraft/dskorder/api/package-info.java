/** What every REST endpoint shares: RFC 9457 problem details and the names of bad fields. */
package com.croftcraft.dskorder.api;
