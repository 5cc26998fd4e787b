-- Files to delete once the transaction that asked for it has committed (transactional outbox, ADR 0010): the
-- erasure of a demande's nominative data names the stored files of its rows here, in its own transaction; the
-- deletion runs after the commit and is retried until the storage confirms it.
create table fichier_a_supprimer (
    cle              text primary key,
    demande_le       timestamptz not null,
    tentatives       integer not null default 0,
    derniere_erreur  text,
    derniere_tentative timestamptz
);
