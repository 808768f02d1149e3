/**
 * Invoices for the 請求書同梱 contract: the print data of the invoices the shop encloses in its parcels,
 * fetched from DSK and handed out as one CSV, and the mark that tells the shop which invoices it
 * has (the manual's 「（未）」 and 「（済）」).
 */
package com.croftcraft.dskorder.invoice;
