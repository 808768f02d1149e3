-- The edit revision and the billed amount DSK last received: the process notices an edit that
-- arrived while a DSK call was under way, and cancellations and shipment reports name the
-- amount DSK has, not one it has not been told yet.
alter table dsk_order add column dsk_revision bigint default 0 not null;
alter table dsk_order add column dsk_billed_amount bigint;
