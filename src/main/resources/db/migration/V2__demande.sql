-- The demandes de logement social, their persons and communes, numbering, idempotency and movements.

create table demande (
    id                          bigint generated always as identity primary key,
    numero_unique               char(18)    not null,
    territoire                  char(3)     not null,
    statut                      varchar(12) not null,
    date_depot                  date        not null,
    date_dernier_renouvellement date,
    date_fin_validite           date        not null,
    guichet_enregistreur        char(5)     not null,
    enregistree_le              timestamptz not null,
    modifiee_le                 timestamptz not null,
    version                     integer     not null default 0,
    contenu                     jsonb       not null,
    constraint demande_numero_unique_uk unique (numero_unique),
    constraint demande_statut_ck check (statut in ('ACTIVE', 'RADIEE'))
);
create index demande_territoire_statut_ix on demande (territoire, statut);

comment on column demande.date_depot is 'Date de dépôt initial : l''ancienneté, conservée aux renouvellements';
comment on column demande.contenu is 'La demande rubrique par rubrique (Cerfa 14069), telle qu''enregistrée';

-- Every adult and dependant of a demande, with the keys of the duplicate search.
create table demande_personne (
    demande_id     bigint      not null references demande (id) on delete cascade,
    role           varchar(20) not null,
    rang           smallint    not null,
    nom_naissance  text        not null,
    prenoms        text        not null,
    date_naissance date        not null,
    nom_cle        text        not null,
    prenoms_cle    text        not null,
    nir            char(15),
    primary key (demande_id, role, rang),
    constraint demande_personne_role_ck check (role in ('DEMANDEUR', 'CO_DEMANDEUR', 'PERSONNE_A_CHARGE'))
);
create index demande_personne_identite_ix on demande_personne (nom_cle, date_naissance);
create index demande_personne_nir_ix on demande_personne (nir) where nir is not null;

-- Communes souhaitées in order of preference: drive who may see the demande.
create table demande_commune (
    demande_id    bigint   not null references demande (id) on delete cascade,
    rang          smallint not null,
    code_commune  char(5)  not null,
    primary key (demande_id, rang)
);
create index demande_commune_commune_ix on demande_commune (code_commune);

-- Last sequence used per territory and month of deposit (MMYY). Never decremented: a number is never reused.
create table compteur_numero_unique (
    territoire char(3) not null,
    mois_annee char(4) not null,
    dernier    integer not null,
    primary key (territoire, mois_annee),
    constraint compteur_numero_unique_borne_ck check (dernier between 1 and 999999)
);

-- Idempotency keys of POST /demandes, per calling guichet. The row is written in the transaction that
-- registers the demande, so a key is taken if and only if its demande exists.
create table idempotence (
    guichet       char(5)      not null,
    cle           varchar(255) not null,
    empreinte     char(64)     not null,
    numero_unique char(18),
    cree_le       timestamptz  not null default now(),
    primary key (guichet, cle)
);

-- The journal of every change of a demande, written in the same transaction as the change.
-- xid lets a feed reader never skip a movement whose transaction commits late (cursor below the oldest
-- transaction still running).
create table mouvement (
    id            bigint generated always as identity primary key,
    xid           xid8        not null default pg_current_xact_id(),
    type          char(3)     not null,
    numero_unique char(18)    not null,
    territoire    char(3)     not null,
    guichet       char(5)     not null,
    horodatage    timestamptz not null,
    contenu       jsonb       not null,
    constraint mouvement_type_ck check (type in ('CRE', 'CRS', 'MOD', 'RAD', 'REN', 'SUP', 'DIS', 'RET', 'COP'))
);
create index mouvement_territoire_id_ix on mouvement (territoire, id);
create index mouvement_numero_unique_ix on mouvement (numero_unique);
