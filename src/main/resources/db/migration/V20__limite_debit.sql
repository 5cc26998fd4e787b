-- Per-guichet request quota shared by all instances of the application: one Bucket4j token bucket per guichet,
-- read and written under a row lock (select ... for update) by whichever instance serves the guichet's request.
-- Unlogged: a quota is disposable state, so it skips the write-ahead log (no WAL flush on each commit, nothing to
-- replicate); after a crash or a failover the table is empty and every guichet starts a full window again.
create unlogged table limite_debit (
    cle  varchar(64) not null primary key,
    etat bytea
);

comment on table limite_debit is 'Request quota of each API caller (token bucket shared by all instances, Bucket4j format); unlogged, emptied by a crash';
comment on column limite_debit.cle is 'Who the quota belongs to: the calling guichet''s code';
comment on column limite_debit.etat is 'Bucket4j serialised bucket state (tokens left, last refill); null until first use';
