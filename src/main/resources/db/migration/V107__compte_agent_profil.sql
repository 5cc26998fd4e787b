-- Per-agent profiles (issue 17 §2, ADR 0026): what an agent of a guichet may do beyond his role, granted by the
-- gestionnaire territorial of the guichet's territory or by the national administrator. Written by the guichet module
-- only (the administration pages); read with the account at sign-in and on every request of the professional web
-- application. One row per profile held; a withdrawal deletes the row, and the guichet's journal keeps both.
create table compte_agent_profil (
    identifiant  varchar(100) not null references compte_agent (identifiant) on delete cascade,
    profil       varchar(20)  not null,
    accorde_le   timestamptz  not null default now(),
    accorde_par  varchar(100) not null,
    primary key (identifiant, profil),
    constraint compte_agent_profil_connu check (profil in ('INSTRUCTION'))
);

comment on table compte_agent_profil is 'Per-agent profiles held by an agent''s account (fr.sne.commun.acteur.Profil), e.g. INSTRUCTION: may qualify pieces';
comment on column compte_agent_profil.accorde_par is 'Who granted it: the administrator''s identifier (the journal_administration row of the guichet says when, and each withdrawal)';
comment on column journal_administration.objet is 'The agent''s login or the API client''s id the action is about ("<client id> : <habilitation>" for HABILITATION_ACCORDEE and HABILITATION_RETIREE, "<login> : <profil>" for PROFIL_ACCORDE and PROFIL_RETIRE); null for the guichet itself';
