-- Issue 17 §3 (ADR 0025): the national entry centre of paper Cerfas.
--
-- 1. A guichet of type CENTRE_NATIONAL is a national guichet: it registers demandes in any territory and reads
--    only those it registered (the numéro unique ends with its code). Its row's territory is its seat and grants
--    no reading.
alter table guichet
    drop constraint guichet_type_connu,
    add constraint guichet_type_connu check (type in ('BAILLEUR', 'COMMUNE', 'EPCI', 'DEPARTEMENT', 'ACTION_LOGEMENT',
        'ETAT', 'PORTAIL', 'RESERVATAIRE', 'SIAO', 'MANDATAIRE_COMMUN', 'GESTIONNAIRE_TERRITORIAL', 'CENTRE_NATIONAL'));

-- 2. The data-entry queue: scanned paper Cerfas that have no demande yet (POST /v1.0/numerisation/cerfas), written
--    by the pieces module. The bytes are in the store under cle_stockage (cerfas/<id>: no personal data); the row
--    keeps no personal data either. Once the centre's agent has registered the demande, the scan is filed on it as
--    pieces, its bytes leave the queue's key, and the row keeps the numéro (a second sending of the same scan is
--    answered with it).
create table cerfa_numerise (
    id              uuid         primary key,
    sha256          char(64)     not null,
    taille          bigint       not null,
    pages           integer      not null,
    pages_cerfa     integer      not null,
    cle_stockage    varchar(100) not null,
    reference       varchar(100),
    client_api      varchar(100) not null,
    recu_le         timestamptz  not null,
    etat            varchar(10)  not null default 'A_SAISIR',
    brouillon       uuid,
    saisie_par      varchar(100),
    numero_unique   char(18),
    saisi_par       varchar(100),
    saisi_le        timestamptz,
    constraint cerfa_numerise_sha256_uk unique (sha256),
    constraint cerfa_numerise_brouillon_uk unique (brouillon),
    constraint cerfa_numerise_etat_ck check (etat in ('A_SAISIR', 'SAISI')),
    constraint cerfa_numerise_pages_ck check (pages >= 1 and pages_cerfa between 1 and pages),
    constraint cerfa_numerise_saisi_ck check ((etat = 'SAISI') = (numero_unique is not null))
);
create index cerfa_numerise_a_saisir_ix on cerfa_numerise (recu_le) where etat = 'A_SAISIR';

comment on table cerfa_numerise is 'Scanned paper Cerfas waiting for data entry by the national entry centre (ADR 0025)';
comment on column cerfa_numerise.pages_cerfa is 'Pages 1..pages_cerfa are the Cerfa form; the following ones its attached pieces';
comment on column cerfa_numerise.brouillon is 'The registration draft the centre''s agent entered it in (the wizard shows the scan beside its steps)';
comment on column cerfa_numerise.reference is 'The digitisation provider''s own reference of the envelope, if given';
