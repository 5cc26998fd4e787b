-- Issue 17, pièces justificatives (module fr.sne.pieces, ADR 0023): the filing plan, versioned, and the pieces of
-- the demandes (their metadata: the bytes are in the streaming store under pieces/<uuid>, a key that names no one).
-- Every table here is written by the pieces module only.

-- One row per version of the filing plan; the current plan is the highest version. A version is never changed.
create table plan_classement (
    version     integer     primary key check (version > 0),
    publie_le   timestamptz not null,
    -- who published it (the national administrator's identifier; 'migration' for the first one)
    publie_par  text        not null
);

-- The categories of a version of the plan, in their order.
create table categorie_piece (
    version_plan  integer     not null references plan_classement (version),
    code          varchar(40) not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    rang          smallint    not null check (rang > 0),
    libelle       text        not null check (length(libelle) between 1 and 200),
    -- at most this many pieces (not deleted) of this category on one demande
    maximum       smallint    not null check (maximum between 1 and 99),
    -- needed to register, to instruct, or complementary
    nature        varchar(16) not null check (nature in ('ENREGISTREMENT', 'INSTRUCTION', 'COMPLEMENTAIRE')),
    -- the obsolescence rule: AUCUNE, ANNEES:<n> (lodged before the n last calendar years), DUREE:<ISO-8601 period>
    obsolescence  varchar(20) not null check (obsolescence ~ '^(AUCUNE|ANNEES:[1-9]|DUREE:P[0-9]+[YMD])$'),
    primary key (version_plan, code),
    unique (version_plan, rang)
);

-- The first plan, after the structure of the arrêté listing the pieces (R441-2-4-1 CCH): only the identity of the
-- demandeur is needed to register; the others serve the instruction.
insert into plan_classement (version, publie_le, publie_par) values (1, now(), 'migration');
insert into categorie_piece (version_plan, code, rang, libelle, maximum, nature, obsolescence) values
    (1, 'IDENTITE', 1, 'Identité et régularité du séjour', 10, 'ENREGISTREMENT', 'AUCUNE'),
    (1, 'AVIS_IMPOSITION', 2, 'Avis d''imposition ou de non-imposition', 6, 'INSTRUCTION', 'ANNEES:2'),
    (1, 'RESSOURCES', 3, 'Ressources (bulletins de salaire, pensions, prestations…)', 12, 'INSTRUCTION', 'DUREE:P6M'),
    (1, 'SITUATION_FAMILIALE', 4, 'Situation familiale', 8, 'INSTRUCTION', 'AUCUNE'),
    (1, 'LOGEMENT_ACTUEL', 5, 'Logement actuel (bail, quittance, attestation d''hébergement…)', 6, 'INSTRUCTION', 'DUREE:P1Y'),
    (1, 'HANDICAP', 6, 'Handicap ou perte d''autonomie', 6, 'COMPLEMENTAIRE', 'AUCUNE'),
    (1, 'DALO', 7, 'Droit au logement opposable (décision de la commission de médiation)', 4, 'COMPLEMENTAIRE', 'AUCUNE'),
    (1, 'AUTRE_INSTRUCTION', 8, 'Autres pièces utiles à l''instruction', 10, 'COMPLEMENTAIRE', 'AUCUNE'),
    (1, 'A_QUALIFIER', 9, 'À qualifier (pièce numérisée dont la catégorie n''est pas encore connue)', 20, 'COMPLEMENTAIRE', 'AUCUNE');

-- The pieces of the demandes: metadata only. A deleted piece keeps its row (supprimee_le, its reason) for the history.
create table piece (
    id                 uuid        primary key,
    numero_unique      char(18)    not null,
    -- a category code of the plan (of the version current when it was lodged or reclassified)
    categorie          varchar(40) not null,
    -- the person of the household it concerns (free reference: DEMANDEUR, CO_DEMANDEUR, PERSONNE_A_CHARGE:2...)
    personne           varchar(40),
    -- page ranges with their own label: [{"de":1,"a":2,"libelle":"avis d'imposition 2025"}]
    pages              jsonb       not null default '[]' check (jsonb_typeof(pages) = 'array'),
    type_media         varchar(40) not null check (type_media in ('application/pdf', 'image/jpeg', 'image/png')),
    taille             bigint      not null check (taille > 0),
    sha256             char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    cle_stockage       varchar(60) not null unique,
    -- the guichet that lodged it (null: an actor acting for no guichet)
    guichet            char(5),
    acteur_type        varchar(30) not null,
    acteur_id          text        not null,
    deposee_le         timestamptz not null,
    qualification      varchar(16) check (qualification in ('VALIDE', 'INEXPLOITABLE', 'HORS_LISTE', 'OBSOLETE')),
    qualifiee_par      text,
    qualifiee_le       timestamptz,
    obsolete           boolean     not null default false,
    supprimee_le       timestamptz,
    supprimee_par      text,
    motif_suppression  text,
    constraint piece_qualification_ck check ((qualification is null) = (qualifiee_le is null)),
    constraint piece_suppression_ck check ((supprimee_le is null) = (supprimee_par is null)
                                           and (supprimee_le is null) = (motif_suppression is null))
);

-- the same file once on a demande, among the pieces not deleted
create unique index piece_demande_sha256_ux on piece (numero_unique, sha256) where supprimee_le is null;
create index piece_demande_ix on piece (numero_unique, categorie) where supprimee_le is null;

alter table mouvement
    drop constraint mouvement_type_ck,
    add constraint mouvement_type_ck
        check (type in ('CRE', 'CRS', 'MOD', 'RAD', 'REN', 'SUP', 'DIS', 'RET', 'COP', 'EVT',
                        'PJD', 'PJS', 'PJR', 'PJQ'));

comment on table piece is 'Supporting documents of the demandes (issue 17): metadata and SHA-256; the bytes are in the store under cle_stockage (pieces/<uuid>)';
