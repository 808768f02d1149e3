-- Lookups of the fee report and the enclosed-invoice download.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- GET /api/fees: the orders shipped in one month.
create index ix_dsk_order_shipped_on on dsk_order (shipment_shipped_on);

-- GET /api/invoices/enclosed.csv: the enclosed invoices not downloaded yet.
create index ix_dsk_order_invoice on dsk_order (invoice_delivery, invoice_printed);
