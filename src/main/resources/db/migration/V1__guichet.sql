-- Guichets enregistreurs, their API clients, and the bailleurs with their rental stock per commune.

create table guichet (
    code            char(5)      primary key,
    nom             varchar(200) not null,
    type            varchar(30)  not null,
    territoire      char(3)      not null,
    adresse_ligne1  varchar(200),
    adresse_ligne2  varchar(200),
    code_postal     varchar(5),
    commune         varchar(100),
    telephone       varchar(20),
    actif           boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint guichet_code_format check (code ~ '^G[0-9A-Z]{4}$'),
    constraint guichet_territoire_format check (territoire ~ '^([0-9]{3}|02[AB])$'),
    constraint guichet_type_connu check (type in ('BAILLEUR', 'COMMUNE', 'EPCI', 'DEPARTEMENT', 'ACTION_LOGEMENT',
        'ETAT', 'PORTAIL', 'RESERVATAIRE', 'SIAO', 'MANDATAIRE_COMMUN', 'GESTIONNAIRE_TERRITORIAL')),
    constraint guichet_code_postal_format check (code_postal is null or code_postal ~ '^[0-9]{5}$')
);

comment on table guichet is 'Guichet enregistreur: registers demandes on one territory (département, or 111 = Île-de-France)';
comment on column guichet.code is 'G + 4 characters; the last 5 characters of each numéro unique the guichet creates';

create index guichet_territoire_idx on guichet (territoire);

create table client_api (
    client_id     varchar(100) primary key,
    secret_hash   varchar(100) not null,
    guichet_code  char(5)      not null references guichet (code),
    actif         boolean      not null default true,
    created_at    timestamptz  not null default now(),
    constraint client_api_id_format check (client_id ~ '^[A-Za-z0-9._-]{3,100}$')
);

comment on table client_api is 'OAuth2 client (client_credentials) acting on behalf of one guichet';
comment on column client_api.secret_hash is 'bcrypt hash of the client secret (Spring Security PasswordEncoder)';

create index client_api_guichet_idx on client_api (guichet_code);

create table bailleur (
    siren           char(9)      primary key,
    nom             varchar(200) not null,
    adresse_ligne1  varchar(200),
    adresse_ligne2  varchar(200),
    code_postal     varchar(5),
    commune         varchar(100),
    constraint bailleur_siren_format check (siren ~ '^[0-9]{9}$')
);

create table bailleur_commune (
    siren         char(9) not null references bailleur (siren) on delete cascade,
    code_commune  char(5) not null,
    primary key (siren, code_commune),
    constraint bailleur_commune_code_format check (code_commune ~ '^([0-9]{5}|2[AB][0-9]{3})$')
);

comment on table bailleur_commune is 'Communes (INSEE code; arrondissements municipaux allowed) where the bailleur owns rental stock';

create index bailleur_commune_commune_idx on bailleur_commune (code_commune);
