-- What every signed-in request of the portal costs in SQL before its page's own queries (written from the code, as
-- bench/pages-pro/sql/commun.sql was captured): Spring Session JDBC reads the session with its attributes in a
-- transaction (the portal's security context is one of them: no account row is read). run.sh puts the signed-in
-- session's ids in place.
begin;
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
       sa.attribute_name, sa.attribute_bytes
  from spring_session s left join spring_session_attributes sa on s.primary_id = sa.session_primary_id
 where s.session_id = :sessionid;
commit;
