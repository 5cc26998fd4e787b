-- Agents' accounts for the embedded identity provider (OpenID Connect sign-in of the agents' web application;
-- local run and tests; in production the agents sign in with an external provider such as ProConnect).

create table compte_agent (
    identifiant        varchar(100) primary key,
    mot_de_passe_hash  varchar(100) not null,
    nom                varchar(200) not null,
    role               varchar(30)  not null,
    guichet_code       char(5)      references guichet (code),
    territoire         char(3),
    actif              boolean      not null default true,
    created_at         timestamptz  not null default now(),
    constraint compte_agent_identifiant_format check (identifiant ~ '^[a-z0-9._-]{3,100}$'),
    constraint compte_agent_role_connu check (role in ('AGENT', 'GESTIONNAIRE_TERRITORIAL', 'ADMINISTRATEUR_NATIONAL')),
    constraint compte_agent_territoire_format check (territoire is null or territoire ~ '^([0-9]{3}|02[AB])$'),
    -- an agent works at one guichet; a gestionnaire territorial on one territory; the national administrator on none
    constraint compte_agent_rattachement check (
        (role = 'AGENT' and guichet_code is not null)
        or (role = 'GESTIONNAIRE_TERRITORIAL' and guichet_code is null and territoire is not null)
        or (role = 'ADMINISTRATEUR_NATIONAL' and guichet_code is null and territoire is null))
);

comment on table compte_agent is 'Agent account of the embedded identity provider: role, guichet or territory (claims of the ID token)';
comment on column compte_agent.mot_de_passe_hash is 'bcrypt hash of the password (Spring Security PasswordEncoder)';
comment on column compte_agent.territoire is 'Territory of a gestionnaire territorial; an agent''s territory is its guichet''s';

create index compte_agent_guichet_idx on compte_agent (guichet_code);
