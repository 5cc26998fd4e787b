-- Habilitations per capability (issue 16 §0, ADR 0017): what an API client may do, in SNE's own record of the
-- client, read on every call. Written by the guichet module only (the administration pages); read by the API's edge
-- and by the embedded issuer (the scopes it may grant). One row per habilitation held; a withdrawal deletes the row.
create table client_api_habilitation (
    client_id     varchar(100) not null references client_api (client_id) on delete cascade,
    habilitation  varchar(20)  not null,
    accordee_le   timestamptz  not null default now(),
    accordee_par  varchar(100) not null,
    primary key (client_id, habilitation),
    constraint client_api_habilitation_connue check (habilitation in
        ('demandes', 'exports', 'drm', 'numerisation', 'rapports', 'cotation', 'referentiels'))
);

comment on table client_api_habilitation is 'Habilitations held by an API client (fr.sne.guichet.Habilitation): checked on every call of the API, whatever the issuer of the token; the token''s scopes alone are not trusted';
comment on column client_api_habilitation.accordee_par is 'Who granted it: the administrator''s identifier, or the migration that carried over a client''s former scope';

-- Every guichet client held the one scope "demandes" until now: it keeps it.
insert into client_api_habilitation (client_id, habilitation, accordee_par)
select client_id, 'demandes', 'V95' from client_api where portee = 'GUICHET';

-- The journal names a habilitation granted or withdrawn with its client: "<client id> : <habilitation>".
alter table journal_administration alter column objet type varchar(140);
comment on column journal_administration.objet is 'The agent''s login or the API client''s id the action is about ("<client id> : <habilitation>" for HABILITATION_ACCORDEE and HABILITATION_RETIREE); null for the guichet itself';
