-- The shared buckets now also count failed sign-ins (per account, API client and source address) and the web
-- application's anonymous requests (per source address): keys seen once must not pile up. Bucket4j writes with
-- each bucket when it may be forgotten (one minute after it would be full again, when a new bucket says the same),
-- and a job deletes the rows past it. The key may be a source address or a hash: still 64 characters at most.
alter table limite_debit add column expire_a bigint;
create index limite_debit_expire_a_ix on limite_debit (expire_a);

comment on table limite_debit is 'Shared token buckets (Bucket4j format, all instances together): each API caller''s request quota, failed sign-ins per account, client and source address, anonymous web requests per source address; unlogged, emptied by a crash';
comment on column limite_debit.cle is 'What the bucket counts: a guichet''s code (API quota), or a prefix and a login, client id, source address (or their SHA-256)';
comment on column limite_debit.expire_a is 'When the row may be deleted (epoch milliseconds): the bucket would be full again by then; null = kept';
