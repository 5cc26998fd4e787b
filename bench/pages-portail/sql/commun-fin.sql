-- ... and after them: the session's last access saved, then the session read once more, each in a transaction.
begin;
update spring_session set session_id = :sessionid, last_access_time = :dernieracces, max_inactive_interval = 1800,
       expiry_time = :expiration, principal_name = :principal
 where primary_id = :primaryid;
commit;
begin;
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
       sa.attribute_name, sa.attribute_bytes
  from spring_session s left join spring_session_attributes sa on s.primary_id = sa.session_primary_id
 where s.session_id = :sessionid;
commit;
