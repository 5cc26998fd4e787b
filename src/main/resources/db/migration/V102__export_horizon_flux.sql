-- Issue 16: an export initialises a vendor's copy, the feed keeps it up to date from where the export's snapshot
-- stands (ADR 0022). The oldest transaction still running when the export's snapshot was taken: every movement of
-- a lower transaction is in the export, so the feed resumes from (horizon_flux, 0) without losing one.
alter table export add column horizon_flux bigint;

comment on column export.horizon_flux is 'pg_snapshot_xmin of the export''s snapshot: the feed''s position (horizon_flux, 0) the export''s curseurFlux starts from';
