-- Demo setting of the gestion partagée (local run and tests only, never in production): the applicant sees his
-- events in the Nord (059), not yet in the Pas-de-Calais (062). Inserted once: a gestionnaire's later choice on
-- the administration page is kept.
insert into evenement_visibilite_territoire (territoire, visible_demandeur, modifie_le, modifie_par)
values ('059', true, now(), 'demo'), ('062', false, now(), 'demo')
on conflict (territoire) do nothing;
