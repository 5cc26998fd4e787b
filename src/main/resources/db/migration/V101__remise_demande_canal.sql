-- Issue 16 §1: which demandes the API, the feed and the exports handed out, per reader and day, so that the
-- applicant's "who consulted my demande" is true for the guichets' software too (the access journal, journal_acces,
-- covers the screens). V97's remise_flux held the feed's only: it becomes remise_demande, with the channel.
-- One row per demande, reader, day and channel, whatever the number of times; written by fr.sne.echanges only
-- (ADR 0020), an erased demande's rows going with its erasure.
alter table remise_flux rename to remise_demande;
alter index remise_flux_jour_ix rename to remise_demande_jour_ix;
-- the rows so far were all the feed's (a constant default: no rewrite of the table)
alter table remise_demande add column canal varchar(6) not null default 'FLUX'
    constraint remise_demande_canal_ck check (canal in ('FLUX', 'API', 'EXPORT'));
alter table remise_demande alter column canal drop default;
alter table remise_demande drop constraint remise_flux_pkey;
alter table remise_demande add constraint remise_demande_pkey primary key (numero_unique, jour, lecteur, canal);

comment on table remise_demande is 'Demandes handed out to the guichets'' software, per reader (guichet, or the actor acting for none), day (Europe/Paris) and channel: FLUX (GET /v1.0/mouvements), API (the other /v1.0 reads of a demande), EXPORT (bulk exports)';
comment on column remise_demande.canal is 'FLUX, API or EXPORT';

-- The feed's readers are the guichets' API clients, each seeing one territory: their page is a range scan of
-- mouvement_territoire_xid_id_ix (V97), with or without mouvement (xid, id) (the plans in ADR 0020). That index
-- served only a reader of every territory, which the API has none of; it cost every movement inserted (the
-- registration's bare SQL fell by 24 % with V97's two indexes). A national reader, if one comes, brings it back.
drop index mouvement_xid_id_ix;
