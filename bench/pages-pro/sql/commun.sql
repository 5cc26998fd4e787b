-- What every page's request costs in SQL before its own queries (captured from the PostgreSQL log, commit 48df313,
-- as the other files here): Spring Session JDBC reads the session with its attributes in a transaction;
-- FiltreCompteActif reads the agent's account with his guichet. run.sh puts the signed-in session's ids in place.
begin;
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
       sa.attribute_name, sa.attribute_bytes
  from spring_session s left join spring_session_attributes sa on s.primary_id = sa.session_primary_id
 where s.session_id = :sessionid;
commit;
select a.identifiant, a.nom, a.courriel, a.role, a.actif, coalesce(a.territoire, g.territoire) as territoire,
       g.code, g.nom as guichet_nom, g.type, g.territoire as guichet_territoire, g.adresse_ligne1,
       g.adresse_ligne2, g.code_postal, g.commune, g.telephone, g.actif as guichet_actif
  from compte_agent a left join guichet g on g.code = a.guichet_code where a.identifiant = 'agent-g5901';
