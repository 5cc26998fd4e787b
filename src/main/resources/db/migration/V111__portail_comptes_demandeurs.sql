-- Issue 18 §1 (ADR 0027): the public portal's applicants, their sign-ins and the demandes attached to their account.
--
-- 1. The portal's guichet: the applicants act on its behalf. A national guichet (it registers in any territory);
--    it reads nothing by itself: an applicant reads only the demandes attached to his account. Its row's
--    territory is a seat and grants no reading.
insert into guichet (code, nom, type, territoire, adresse_ligne1, code_postal, commune, actif)
values ('GPORT', 'Portail du demandeur', 'PORTAIL', '111', 'Service en ligne', '75007', 'Paris', true)
on conflict (code) do nothing;

-- 2. An applicant's account on the portal, created at his first sign-in (FranceConnect in production): the
--    provider's subject and the identity it vouched for, as it said at the last sign-in. Written by the portail
--    module only.
create table compte_demandeur (
    id                  uuid         primary key,
    sujet               varchar(255) not null,
    prenoms             varchar(200),
    nom                 varchar(200),
    date_naissance      date,
    courriel            varchar(254),
    cree_le             timestamptz  not null,
    derniere_connexion  timestamptz  not null,
    constraint compte_demandeur_sujet_uk unique (sujet)
);

comment on table compte_demandeur is 'An applicant''s account on the public portal (ADR 0027), created at his first sign-in';
comment on column compte_demandeur.sujet is 'The identity provider''s subject (sub): FranceConnect''s pivot identifier in production';
comment on column compte_demandeur.derniere_connexion is 'The last sign-in (each one also in connexion_demandeur)';

-- 3. One row per sign-in: the reactivation rule (issue 18 §3) asks whether the applicant signed in during the
--    renewal period.
create table connexion_demandeur (
    id      bigint      generated always as identity primary key,
    compte  uuid        not null references compte_demandeur (id),
    le      timestamptz not null
);
create index connexion_demandeur_compte_ix on connexion_demandeur (compte, le);

comment on table connexion_demandeur is 'Each sign-in of an applicant to the portal';

-- 4. The demandes attached to an account: by filing on the portal, or by numéro unique and personal code. A demande
--    may be attached to several accounts (an applicant and his co-demandeur), once to each.
create table rattachement_demandeur (
    compte         uuid        not null references compte_demandeur (id),
    numero_unique  char(18)    not null,
    depuis         timestamptz not null,
    mode           varchar(5)  not null,
    primary key (compte, numero_unique),
    constraint rattachement_demandeur_mode_connu check (mode in ('DEPOT', 'CODE'))
);
create index rattachement_demandeur_numero_ix on rattachement_demandeur (numero_unique);

comment on table rattachement_demandeur is 'The demandes an applicant reads and changes on the portal (ADR 0027)';
comment on column rattachement_demandeur.mode is 'DEPOT: filed on the portal from this account; CODE: attached with the numéro unique and the personal code';

-- 5. The journal of attempts to attach a demande by code, successful or not (the numéro as typed, never the code).
create table tentative_rattachement (
    id            bigint       generated always as identity primary key,
    compte        uuid         not null references compte_demandeur (id),
    le            timestamptz  not null,
    numero_saisi  varchar(40)  not null,
    source        varchar(64)  not null,
    issue         varchar(10)  not null,
    constraint tentative_rattachement_issue_connue check (issue in ('REUSSIE', 'ECHOUEE', 'FREINEE'))
);
create index tentative_rattachement_compte_ix on tentative_rattachement (compte, le);
create index tentative_rattachement_le_ix on tentative_rattachement (le);

comment on table tentative_rattachement is 'Attempts to attach a demande to a portal account with its numéro unique and personal code';
comment on column tentative_rattachement.numero_saisi is 'The numéro as typed (first 40 characters), known or not';
comment on column tentative_rattachement.issue is 'REUSSIE: attached; ECHOUEE: wrong numéro or code; FREINEE: refused unread, too many failures';

-- 6. The demo applicants of the embedded identity provider (local run and tests; filled by db/demo, empty in
--    production where FranceConnect authenticates). Written by the identite module.
create table compte_demandeur_demo (
    identifiant        varchar(100) primary key,
    mot_de_passe_hash  varchar(100) not null,
    prenoms            varchar(200) not null,
    nom                varchar(200) not null,
    date_naissance     date         not null,
    courriel           varchar(254),
    actif              boolean      not null default true,
    constraint compte_demandeur_demo_identifiant_format check (identifiant ~ '^demandeur-[a-z0-9-]+$')
);

comment on table compte_demandeur_demo is 'Demo applicants signing in at the embedded identity provider (FranceConnect-like claims)';
