/** Shipments: the tracking number from the shop, and its report to DSK. */
package com.croftcraft.dskorder.shipment;
