-- Administration of the registry of desks by a gestionnaire territorial or the national administrator (issue 9,
-- R441-2-5 and R441-2-6 CCH): every change of a guichet, of an agent's account or of an API client is recorded
-- here, append-only, in the transaction of the change: who, when, what.

create table journal_administration (
    id            bigint       generated always as identity primary key,
    guichet_code  char(5)      not null references guichet (code),
    action        varchar(40)  not null,
    objet         varchar(100),
    acteur_type   varchar(30)  not null,
    acteur_id     varchar(100) not null,
    le            timestamptz  not null default now()
);

comment on table journal_administration is 'Changes made by administrators to a guichet, its agents'' accounts and its API clients (append-only)';
comment on column journal_administration.action is 'GUICHET_CREE, GUICHET_DESACTIVE, AGENT_CREE, CLIENT_REVOQUE, SECRET_RENOUVELE...';
comment on column journal_administration.objet is 'The agent''s login or the API client''s id the action is about; null for the guichet itself';

create index journal_administration_guichet_idx on journal_administration (guichet_code, le desc);
