-- Who made each movement (issue #6): the kind of actor (fr.sne.commun.acteur.TypeActeur) and its identifier
-- (the API client id, the agent's login, the pass's name). Until now only guichets' API clients wrote
-- movements: existing rows are theirs, identified by the guichet's code (the client id was not recorded).
-- The guichet becomes optional: a gestionnaire territorial, the national administrator or a nightly pass acts
-- for no guichet.

alter table mouvement
    add column acteur_type varchar(30),
    add column acteur_id   varchar(255);

update mouvement
   set acteur_type = 'CLIENT_API',
       acteur_id   = guichet,
       contenu     = contenu || jsonb_build_object('acteur',
                         jsonb_build_object('type', 'CLIENT_API', 'identifiant', guichet))
 where acteur_type is null;

alter table mouvement
    alter column acteur_type set not null,
    alter column acteur_id set not null,
    alter column guichet drop not null,
    add constraint mouvement_acteur_type_ck check (acteur_type in
        ('CLIENT_API', 'AGENT', 'GESTIONNAIRE_TERRITORIAL', 'ADMINISTRATEUR_NATIONAL', 'DEMANDEUR', 'TRAITEMENT')),
    add constraint mouvement_acteur_guichet_ck check (acteur_type not in ('CLIENT_API', 'AGENT') or guichet is not null);

comment on column mouvement.acteur_type is 'Kind of actor that made the movement (TypeActeur): CLIENT_API, AGENT, GESTIONNAIRE_TERRITORIAL, ADMINISTRATEUR_NATIONAL, DEMANDEUR, TRAITEMENT';
comment on column mouvement.acteur_id is 'The actor: API client id, agent login, pass name; the guichet code for movements written before V60';
comment on column mouvement.guichet is 'Guichet that made the movement or for which the actor acted; null when the actor acts for no guichet';
