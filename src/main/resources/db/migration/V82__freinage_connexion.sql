-- Bursts of failed authentications at the embedded identity provider (the sign-in form and POST /oauth2/token):
-- one line each time a login, an API client or a source address becomes slowed, for an administrator to read
-- (who was being guessed, from where, until when). One line per burst, not per attempt. Kept one year.
create table freinage_connexion (
    id         bigint generated always as identity primary key,
    freine_le  timestamptz  not null,
    jusqu_a    timestamptz  not null,
    point      varchar(12)  not null,
    nature     varchar(8)   not null,
    cle        varchar(100) not null,
    source     varchar(64)  not null,
    echecs     int          not null,
    constraint freinage_connexion_point_connu check (point in ('FORMULAIRE', 'JETON')),
    constraint freinage_connexion_nature_connue check (nature in ('COMPTE', 'CLIENT', 'SOURCE'))
);
create index freinage_connexion_freine_le_ix on freinage_connexion (freine_le);

comment on table freinage_connexion is 'Bursts of failed authentications at the embedded identity provider: a login, API client or source address slowed after too many failures';
comment on column freinage_connexion.point is 'FORMULAIRE: the sign-in form (POST /login); JETON: the token endpoint (POST /oauth2/token)';
comment on column freinage_connexion.nature is 'What is slowed: COMPTE (a login as typed, known or not), CLIENT (a client_id as sent, known or not), SOURCE (an address; an IPv6 address''s /64)';
comment on column freinage_connexion.cle is 'The login, client_id (first 100 characters) or source address slowed';
comment on column freinage_connexion.source is 'The source address of the failure that closed the window';
comment on column freinage_connexion.echecs is 'Failures allowed per window (the limit that was reached)';
