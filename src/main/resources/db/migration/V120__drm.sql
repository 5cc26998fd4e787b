-- Issue 19 (ADR 0030): the Dispositif des ressources mensuelles. Written by the drm module only.

-- The natures of resources the registry collects (about 70 of the DRM's ~500). The real list is not public: the
-- application ships a synthetic one (synthetique = true) and loads at start the file named by sne.drm.natures.
create table drm_nature (
    code         varchar(12)  primary key,
    libelle      text         not null,
    synthetique  boolean      not null
);
comment on table drm_nature is 'Natures de ressources collectées (ADR 0030) ; la liste livrée est SYNTHÉTIQUE (synthetique = true), la vraie n''est pas publique';

-- The outbox of fetches: a row written in the transaction of the change that calls for a fetch (registration,
-- renewal, a change of the demandeur's identity or NIR) or by the monthly refresh, taken by a sender for a while
-- (reserve_jusqu_au), deleted once its result is recorded. One pending fetch per demande: a new reason replaces the
-- pending one (a fetch reads the demande as it is when its result is recorded).
create table drm_interrogation (
    numero_unique    char(18)     primary key,
    motif            varchar(16)  not null,
    demande_le       timestamptz  not null,
    reserve_jusqu_au timestamptz,
    essais           integer      not null default 0,
    prochain_essai   timestamptz  not null,
    derniere_erreur  varchar(200),
    releve           date,
    constraint drm_interrogation_motif_connu check (motif in ('INSCRIPTION', 'RENOUVELLEMENT', 'IDENTITE', 'RELEVE_MENSUEL'))
);
create index drm_interrogation_a_faire_ix on drm_interrogation (prochain_essai);
comment on column drm_interrogation.demande_le is 'When the fetch was asked; the sender deletes the row only if it is still the one it took';
comment on column drm_interrogation.releve is 'RELEVE_MENSUEL: the day of the refresh (drm_releve.jour) whose report counts its result';

-- The result of a demande's last fetch.
create table drm_situation (
    numero_unique  char(18)     primary key,
    statut         varchar(16)  not null,
    mis_a_jour_le  timestamptz  not null,
    mois_reference date,
    constraint drm_situation_statut_connu check (statut in ('AFFICHABLE', 'SANS_NIR', 'NIR_TEMPORAIRE', 'NON_TROUVE',
        'DISCORDANCE', 'INDISPONIBLE', 'EN_ATTENTE')),
    constraint drm_situation_mois_premier_jour check (mois_reference is null or extract(day from mois_reference) = 1)
);
comment on column drm_situation.mois_reference is 'First day of the last month the last fetch asked for';

-- The certified resources of the demandeur, per month and nature, as of the last fetch (only for AFFICHABLE). The
-- declared resources stay in the demande's content: never overwritten.
create table drm_ressource (
    numero_unique char(18)      not null,
    mois          date          not null,
    nature        varchar(12)   not null,
    montant       numeric(12,2) not null,
    recue_le      timestamptz   not null,
    primary key (numero_unique, mois, nature),
    constraint drm_ressource_mois_premier_jour check (extract(day from mois) = 1)
);

-- One report per monthly refresh (the 22nd, or the day it was caught up or run by an administrator).
create table drm_releve (
    jour           date         primary key,
    demandes       integer      not null,
    affichables    integer      not null default 0,
    ecarts         integer      not null default 0,
    indisponibles  integer      not null default 0,
    debut          timestamptz  not null,
    fin            timestamptz
);
comment on column drm_releve.ecarts is 'Fetches that stored nothing because the person was unknown or the identity did not match';
comment on column drm_releve.fin is 'When the last fetch of the refresh was recorded';
