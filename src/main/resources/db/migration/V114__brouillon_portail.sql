-- Issue 18 §2 (helper B, depot; ADR 0028): the filing in progress on the public portal, one per applicant's account,
-- so that he stops and comes back. Its answers are kept as typed (the portal's questions, by the path of the Cerfa
-- field each answers), valid or not; its id is the idempotency key of the filing. Deleted once the demande is filed,
-- when the applicant gives up, with his account, and by the nightly purge after sne.portail.brouillons.conservation
-- untouched (personal data never registered).
create table brouillon_portail (
    compte     uuid        primary key references compte_demandeur (id) on delete cascade,
    id         uuid        not null unique,
    reponses   jsonb       not null default '{}'::jsonb,
    etape      varchar(30) not null,
    cree_le    timestamptz not null,
    modifie_le timestamptz not null
);
create index brouillon_portail_modifie_ix on brouillon_portail (modifie_le);

comment on table brouillon_portail is 'Filing drafts of the public portal, one per applicant''s account; purged after sne.portail.brouillons.conservation';
comment on column brouillon_portail.reponses is 'The answers so far, by question (the path of the Cerfa field it answers), as typed';
comment on column brouillon_portail.etape is 'The page of the filing reached last (EtapeDepot)';
