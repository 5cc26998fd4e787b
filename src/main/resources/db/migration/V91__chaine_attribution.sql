-- The attribution chain (issue 15, section 2; R441-3 CCH): a bailleur's guichets linked to their bailleur, the
-- dwellings put to attribution, the réservataires' designations, the CAL/CALEOL sessions with their candidates and
-- decisions, the applicant's answer and the lease. Written by the attribution module only, except
-- guichet.bailleur_siren (the guichet module's). reservataire_id columns name a row of the réservataires' list
-- (section 3) as a plain id, without a foreign key.

-- A bailleur's guichets act for it: the rights of the chain follow this link.
alter table guichet add column bailleur_siren char(9) references bailleur (siren);
comment on column guichet.bailleur_siren is 'The bailleur this guichet belongs to (type BAILLEUR), if linked';
create index guichet_bailleur_ix on guichet (bailleur_siren) where bailleur_siren is not null;

-- Income ceilings of social housing by financing (arrêté du 29 juillet 1987, updated each 1 January), versioned by
-- year: the ceiling of a day is the row of the latest year not after it. PLS is not stored: 130 % of PLUS.
create table plafond_ressources (
    financement     varchar(10) not null check (financement in ('PLAI', 'PLUS')),
    zone            varchar(20) not null check (zone in ('PARIS_LIMITROPHES', 'ILE_DE_FRANCE', 'AUTRES_REGIONS')),
    annee           smallint    not null,
    categorie_1     integer     not null,
    categorie_2     integer     not null,
    categorie_3     integer     not null,
    categorie_4     integer     not null,
    categorie_5     integer     not null,
    categorie_6     integer     not null,
    par_personne_supplementaire integer not null,
    primary key (financement, zone, annee)
);
comment on table plafond_ressources is 'Income ceilings (€ per year, revenu fiscal de référence) per household category';

insert into plafond_ressources values
    ('PLUS', 'PARIS_LIMITROPHES', 2026, 26920, 40233, 52740, 62968, 74919, 84304, 9394),
    ('PLUS', 'ILE_DE_FRANCE',     2026, 26920, 40233, 48362, 57930, 68577, 77171, 8598),
    ('PLUS', 'AUTRES_REGIONS',    2026, 23403, 31254, 37584, 45374, 53376, 60156, 6710),
    ('PLAI', 'PARIS_LIMITROPHES', 2022, 13378, 21805, 26210, 28779, 34071, 38339, 4270),
    ('PLAI', 'ILE_DE_FRANCE',     2022, 13378, 21805, 26210, 28779, 34071, 38339, 4270),
    ('PLAI', 'AUTRES_REGIONS',    2022, 11626, 16939, 20370, 22665, 26519, 29886, 3333);

create table logement (
    id                  bigint generated always as identity primary key,
    bailleur_siren      char(9)       not null references bailleur (siren),
    guichet             char(5)       not null,              -- the bailleur's guichet that declared it
    territoire          char(3)       not null,
    identifiant_rpls    varchar(20)   not null,
    adresse             varchar(200)  not null,
    code_commune        char(5)       not null,
    typologie           varchar(5)    not null,              -- T1…T6 (ListeTypeLogement)
    surface             numeric(6, 2) not null,
    loyer               numeric(8, 2) not null,              -- monthly rent excluding charges
    financement         varchar(10)   not null check (financement in ('PLAI', 'PLAI_ADAPTE', 'PLUS', 'PLS')),
    qpv                 boolean       not null,
    adapte_handicap     boolean       not null,
    reservataire_id     bigint,                              -- the réservataire whose flux it is charged to
    declare_le          timestamptz   not null
);
create index logement_bailleur_ix on logement (bailleur_siren, id);
create index logement_rpls_ix on logement (identifiant_rpls);

-- A réservataire's designation of a candidate for a dwelling charged to it.
create table designation (
    id                  bigint generated always as identity primary key,
    logement_id         bigint        not null references logement (id),
    numero_unique       char(18),                            -- null once the demande is erased
    guichet             char(5)       not null,
    reservataire_id     bigint,
    designe_le          timestamptz   not null
);
create index designation_logement_ix on designation (logement_id);
create index designation_demande_ix on designation (numero_unique);

create table commission (
    id                  bigint generated always as identity primary key,
    bailleur_siren      char(9)       not null references bailleur (siren),
    guichet             char(5)       not null,
    date_commission     date          not null,
    creee_le            timestamptz   not null
);
create index commission_bailleur_ix on commission (bailleur_siren, date_commission);

-- A dwelling examined by a session, with the exception that allows fewer than three candidates (R441-3 CCH).
create table commission_logement (
    commission_id       bigint        not null references commission (id),
    logement_id         bigint        not null references logement (id),
    exception           varchar(20)   check (exception in ('DESIGNATION_DALO', 'PLAI_ADAPTE', 'MANQUE_CANDIDATS')),
    primary key (commission_id, logement_id)
);

-- A candidate examined for a dwelling by a session, then its decision, then the applicant's answer.
create table candidature (
    id                  bigint generated always as identity primary key,
    commission_id       bigint        not null references commission (id),
    logement_id         bigint        not null references logement (id),
    numero_unique       char(18),                            -- null once the demande is erased
    ordre               smallint      not null,              -- its place in the session's list
    decision            varchar(30)   check (decision in ('ATTRIBUTION', 'ATTRIBUTION_RANG', 'ATTRIBUTION_CONDITION',
                                                          'NON_ATTRIBUTION', 'IRRECEVABILITE')),
    rang                smallint,                            -- order of the attributions (1 first)
    piece_manquante     varchar(200),                        -- suspensive condition: the missing piece
    echeance            date,                                -- and the deadline to produce it
    motif               varchar(500),                        -- non-attribution: its reason
    sous_motif          varchar(30),                         -- irrecevabilité: PLAFOND_RESSOURCES / SEJOUR_IRREGULIER
    au_dessus_plafond   boolean,
    motif_plafond       text,
    ressources_annuelles_uc numeric(12, 2),
    annee_quartile      smallint,
    seuil_premier_quartile integer,
    premier_quartile    boolean,
    decidee_le          timestamptz,
    decidee_par         char(5),
    reponse             varchar(10)   check (reponse in ('ACCEPTEE', 'REFUSEE')),
    motif_refus         varchar(500),
    repondue_le         timestamptz,
    unique (commission_id, logement_id, numero_unique)
);
create index candidature_logement_ix on candidature (logement_id);
create index candidature_demande_ix on candidature (numero_unique);

-- The lease signed on a dwelling: at most one per dwelling.
create table bail (
    id                  bigint generated always as identity primary key,
    logement_id         bigint        not null unique references logement (id),
    candidature_id      bigint        not null references candidature (id),
    numero_unique       char(18),                            -- null once the demande is erased
    date_signature      date          not null,
    accord_collectif    varchar(10)   not null,
    prioritaire_dalo    boolean       not null,
    contingent          varchar(30)   not null,
    reservataire_id     bigint,
    guichet             char(5)       not null,
    signe_le            timestamptz   not null
);
create index bail_demande_ix on bail (numero_unique);
