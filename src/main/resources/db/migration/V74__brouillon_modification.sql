-- Modification drafts (issue 9, "Modifier la demande"): the registration drafts' table also holds the
-- modification of an existing demande in the same Cerfa steps. Such a draft names the demande it modifies and
-- the version of the demande it was read at: the modification is sent on that version (optimistic locking), so
-- that a demande changed meanwhile is not overwritten. Once the modification is written, numero_unique is set
-- (as for a registered draft) and the draft can no longer change.
alter table brouillon_demande
    add column demande_modifiee char(18),
    add column version_demande  integer,
    add constraint brouillon_demande_modification_ck check ((demande_modifiee is null) = (version_demande is null));

create index brouillon_demande_modification_ix on brouillon_demande (guichet, agent, demande_modifiee)
    where demande_modifiee is not null;

comment on column brouillon_demande.demande_modifiee is 'For a modification draft: the numéro of the demande it modifies; null for a registration draft';
comment on column brouillon_demande.version_demande is 'For a modification draft: the version of the demande its content was read at';

-- Displaying a demande's content in the modification's form is journaled like the other screens.
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION'));
