-- The edit revision DSK last received, so the process notices an edit that arrived while a
-- DSK call was under way and sends it after.
alter table dsk_order add column dsk_revision bigint default 0 not null;
