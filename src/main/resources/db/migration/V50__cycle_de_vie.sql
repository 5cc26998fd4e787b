-- Lifecycle of a demande (R441-2-7, R441-2-8, R441-2-9, L441-2-1 CCH): renewal, warnings, radiation,
-- reactivation, renewal notices, nightly passes, retention then erasure.

alter table demande
    add column motif_radiation        char(1),
    add column sous_motif_radiation   varchar(30),
    add column date_radiation         date,
    add column radiee_par             char(5),
    add column donnees_radiation      jsonb,
    add column renouvellement_en_ligne boolean not null default false,
    add column date_dernier_courrier  date,
    add column purgee_le              timestamptz,
    add constraint demande_motif_radiation_ck check (motif_radiation in ('a', 'b', 'c', 'd', 'e', 'f')),
    add constraint demande_radiation_coherente_ck check (
        (statut = 'ACTIVE' and motif_radiation is null and date_radiation is null)
        or (statut = 'RADIEE' and motif_radiation is not null and date_radiation is not null));

comment on column demande.motif_radiation is 'R441-2-8 CCH: a attribution (bail signé), b renonciation, c absence de réponse, d irrecevabilité, e non-renouvellement, f fusion';
comment on column demande.sous_motif_radiation is 'Motif d: PLAFOND_RESSOURCES or SEJOUR_IRREGULIER';
comment on column demande.radiee_par is 'Guichet that radiated the demande; null when radiated by the nightly pass (motif e) or the system';
comment on column demande.donnees_radiation is 'Motif a: the attribution data of R441-2-9 (RPLS id, accord collectif, DALO, contingent)';
comment on column demande.renouvellement_en_ligne is 'The applicant registered or renewed online at least once (renewal notice by e-mail, R441-2-7)';
comment on column demande.date_dernier_courrier is 'Date of the last letter sent to the applicant (notice, warning): kept after erasure';
comment on column demande.purgee_le is 'When the nominative data were erased, one year after radiation (décret 2017-917 art. 4)';

-- The nightly pass looks demandes up by their dates: end of validity of the active ones, radiation date of
-- the radiated ones not yet erased.
create index demande_fin_validite_active_ix on demande (date_fin_validite) where statut = 'ACTIVE';
create index demande_radiation_a_purger_ix on demande (date_radiation) where statut = 'RADIEE' and purgee_le is null;

-- Warnings before a radiation for no answer (c) or irrecevabilité (d): the radiation is possible one month
-- after the warning (L441-2-1 CCH).
create table avertissement (
    id              bigint generated always as identity primary key,
    demande_id      bigint      not null references demande (id) on delete cascade,
    motif           char(1)     not null,
    sous_motif      varchar(30),
    date_envoi      date        not null,
    canal           varchar(30) not null,
    guichet         char(5)     not null,
    radiation_demandee boolean  not null default false,
    enregistre_le   timestamptz not null,
    constraint avertissement_motif_ck check (motif in ('c', 'd')),
    constraint avertissement_canal_ck check (canal in ('LRAR', 'AUTRE_PREUVE_DEPOT'))
);
create index avertissement_demande_ix on avertissement (demande_id);

comment on column avertissement.radiation_demandee is 'The guichet asked the nightly pass to radiate (c) once the delay has passed, unless the applicant answers';

-- Renewal notices (avis de renouvellement, R441-2-7): one per demande and end of validity, so that a notice is
-- never sent twice even if the pass runs again or stops halfway.
create table avis_renouvellement (
    demande_id        bigint      not null references demande (id) on delete cascade,
    date_fin_validite date        not null,
    jour_traitement   date        not null,
    guichet           char(5)     not null,
    par_courrier      boolean     not null,
    par_courriel      boolean     not null,
    courriel_envoye_le timestamptz,
    lot_courrier      varchar(60),
    cree_le           timestamptz not null,
    primary key (demande_id, date_fin_validite)
);
create index avis_renouvellement_courriel_a_envoyer_ix on avis_renouvellement (jour_traitement)
    where par_courriel and courriel_envoye_le is null;

-- One row per day the nightly pass has handled: a day already handled is not handled again.
create table traitement_quotidien (
    jour          date        primary key,
    commence_le   timestamptz not null,
    termine_le    timestamptz,
    avis          integer     not null default 0,
    radiations_e  integer     not null default 0,
    radiations_c  integer     not null default 0,
    purges        integer     not null default 0
);
