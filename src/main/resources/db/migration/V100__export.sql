-- Asynchronous bulk exports (issue 16 §2, ADR 0022), written by the echanges module only.
--
-- One row per export asked by a guichet's software: what it asked, who asked (the actor, kept to run the job with
-- the same visibility), and the job's state. Any instance runs the jobs: it claims one with FOR UPDATE SKIP
-- LOCKED, holds a lease that it renews while it writes, and an instance whose lease has run out (it died) loses the
-- job to the next one that claims it. The file goes to the storage (ADR 0018) under cle_stockage.
create table export (
    id                  bigint       generated always as identity primary key,
    numero              char(36)     not null unique,           -- the public number (a random UUID)
    lecteur             varchar(100) not null,                  -- who asked: the guichet (or the actor's kind:id)
    acteur_type         varchar(40)  not null,
    acteur_identifiant  varchar(200) not null,
    acteur_guichet      char(5),
    acteur_type_guichet varchar(40),
    acteur_territoires  text[]       not null,
    acteur_national     boolean      not null,
    entites             text[]       not null,                  -- CERFA, DALO, EVT, CONT, ATTRIB, PRIO
    etats               text[]       not null,                  -- ACTIVE, RADIEE
    territoires         text[]       not null default '{}',     -- whole territories asked (a département that is one)
    departements        text[]       not null default '{}',     -- Île-de-France départements ("75"): by commune
    communes            text[]       not null default '{}',     -- INSEE codes of wished communes
    profondeur_drm      smallint,
    etat                varchar(12)  not null default 'EN_ATTENTE'
                        check (etat in ('EN_ATTENTE', 'EN_COURS', 'PRET', 'ECHEC', 'EXPIRE')),
    motif               varchar(500),                           -- ECHEC: why; EXPIRE: DELAI or EFFACEMENT
    demande_le          timestamptz  not null,
    commence_le         timestamptz,
    termine_le          timestamptz,
    instance            varchar(100),                           -- the instance running it (EN_COURS)
    garde_jusqu_a       timestamptz,                            -- its lease: past it, another instance takes over
    tentatives          smallint     not null default 0,
    total               bigint,                                 -- demandes to write (counted in the snapshot)
    lignes              bigint       not null default 0,        -- demandes written so far
    fichiers            integer,
    taille              bigint,
    sha256              char(64),
    cle_stockage        varchar(200),
    expire_le           timestamptz  not null                   -- 7 days after it was asked
);
create index export_lecteur_ix on export (lecteur, id desc);
create index export_a_faire_ix on export (id) where etat in ('EN_ATTENTE', 'EN_COURS');
create index export_expire_ix on export (expire_le) where etat in ('PRET', 'EN_ATTENTE', 'ECHEC');

comment on table export is 'Bulk exports asked by the guichets'' software (issue 16 §2): request, job and file';

-- The radiated demandes an export holds, the only ones the erasure one year after radiation can reach within the
-- export's 7 days: the erasure expires at once every export that holds one of the demandes it erases.
create table export_demande_radiee (
    export_id           bigint       not null references export (id) on delete cascade,
    numero_unique       char(18)     not null,
    primary key (numero_unique, export_id)
);
create index export_demande_radiee_export_ix on export_demande_radiee (export_id);
