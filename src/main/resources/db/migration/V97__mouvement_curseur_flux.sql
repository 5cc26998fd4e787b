-- The vendors' movement feed (issue 16 §1, ADR 0020) pages the movements by (transaction, id), serving only those
-- below the oldest transaction still running.
--
-- The transaction is already recorded: mouvement.xid (xid8, default pg_current_xact_id(), since V2) is set by the
-- column's default on every insert, by the door (JournalDemandes, JournalDemandesEnLots) as by the national
-- dataset generator's COPY, which leaves the column out. So no new column and no back-fill: every existing row
-- already holds the transaction that wrote it (the rows a COPY of the national dataset wrote share that COPY's
-- transaction, and are ordered by id inside it). Only the indexes that make the cursor a range scan are new; a
-- row comparison (xid, id) > (x, i) ordered by xid, id walks it from the cursor.
create index mouvement_xid_id_ix on mouvement (xid, id);
-- A guichet sees one territory: the same range scan within its territory, rather than filtering the whole
-- country's movements (25 times fewer rows read for a territory holding 1 % of them: measured on a million rows).
create index mouvement_territoire_xid_id_ix on mouvement (territoire, xid, id);

comment on column mouvement.xid is 'Transaction that wrote the movement (pg_current_xact_id(), set by the default): with id, the position of the vendors'' feed cursor (ADR 0020)';

-- Which demandes the feed handed out, per reader and day (issue 16 §1: the applicant's "who consulted my demande"
-- true for vendors too; the access journal covers screens only). One row per demande, reader and day, whatever
-- the number of movements; an erased demande's rows go with its erasure (fr.sne.echanges, EffacementDemandes).
create table remise_flux (
    numero_unique char(18)     not null,
    jour          date         not null,
    lecteur       varchar(100) not null,
    primary key (numero_unique, jour, lecteur)
);
create index remise_flux_jour_ix on remise_flux (jour);

comment on table remise_flux is 'Demandes handed out by the movement feed, per reader (guichet, or the actor acting for none) and day (Europe/Paris)';
