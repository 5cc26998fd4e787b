-- Drafts of the registration of a demande in the professional web application (issue 9): what an agent has typed
-- so far, step by step, kept between steps and across an expired session. A draft belongs to one agent of one
-- guichet; once registered it keeps the numéro given (its id was the idempotency key), so that a replayed final
-- POST shows the same confirmation. Drafts untouched for sne.web.brouillons.conservation are deleted by a
-- scheduled purge (they hold personal data that was never registered).
create table brouillon_demande (
    id             uuid         primary key,
    agent          varchar(100) not null,
    guichet        char(5)      not null references guichet (code),
    contenu        jsonb        not null,
    saisies_brutes jsonb        not null default '{}'::jsonb,
    etape          varchar(30)  not null,
    numero_unique  char(18),
    cree_le        timestamptz  not null,
    modifie_le     timestamptz  not null
);
create index brouillon_demande_agent_ix on brouillon_demande (guichet, agent, modifie_le desc);
create index brouillon_demande_modifie_ix on brouillon_demande (modifie_le);

comment on table brouillon_demande is 'Registration drafts of the web application, per agent and guichet; purged after sne.web.brouillons.conservation';
comment on column brouillon_demande.contenu is 'The demande as typed so far (ContenuDemande as JSON), valid or not';
comment on column brouillon_demande.saisies_brutes is 'Typed values that are not even of their field''s type (a date, a number), by field path, so that nothing typed is lost';
comment on column brouillon_demande.numero_unique is 'The numéro of the demande registered from this draft, once registered';
