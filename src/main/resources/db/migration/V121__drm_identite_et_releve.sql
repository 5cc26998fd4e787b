-- Issue 19 (ADR 0030), written by the drm module (the view is the demande module's read model, named by
-- fr.sne.demande.IdentitesDemandeurs.VUE_NIR_PERMANENT; it writes nothing).

-- The active demandes whose demandeur has a permanent NIR: those the monthly refresh fetches, in one statement.
create view demandeur_nir_permanent as
select d.numero_unique
  from demande d
  join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR'
 where d.statut = 'ACTIVE' and p.nir is not null and left(p.nir, 1) not in ('7', '8');

-- A digest of the civil status and NIR the last fetch used: a change of the demandeur's rubric that leaves them as
-- they were does not fetch again; one that changes them hides the months at once (EN_ATTENTE) and fetches again.
alter table drm_situation add column empreinte_identite char(64);
comment on column drm_situation.empreinte_identite is 'SHA-256 (hex) of the normalised NIR, birth name, first names, birth date and sex the last fetch used';

-- The rows of a monthly refresh still to do (its report is closed when none is left).
create index drm_interrogation_releve_ix on drm_interrogation (releve) where releve is not null;
