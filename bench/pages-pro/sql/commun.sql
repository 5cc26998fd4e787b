-- What every page's request costs in SQL before its own queries: Spring Session JDBC reads the session with its
-- attributes and updates its last access; FiltreCompteActif reads the agent's account with his guichet.
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
       a.attribute_name, a.attribute_bytes
  from spring_session s left join spring_session_attributes a on a.session_primary_id = s.primary_id
 where s.session_id = (select session_id from spring_session order by last_access_time desc limit 1);
update spring_session set last_access_time = last_access_time, expiry_time = expiry_time
 where primary_id = (select primary_id from spring_session order by last_access_time desc limit 1);
select a.identifiant, a.nom, a.courriel, a.role, a.actif, coalesce(a.territoire, g.territoire), g.code, g.nom,
       g.type, g.territoire, g.adresse_ligne1, g.adresse_ligne2, g.code_postal, g.commune, g.telephone, g.actif
  from compte_agent a left join guichet g on g.code = a.guichet_code where a.identifiant = 'agent-g5901';
