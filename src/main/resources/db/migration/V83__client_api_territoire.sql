-- Administration clients (issue 13): a gestionnaire territorial's software administers its territory only; the
-- national administrator's has none. Until now both were the same kind of row, and both ran the national nightly
-- pass. An administration client already stored keeps no territory (national): give a gestionnaire's its own.

alter table client_api add column territoire char(3);
alter table client_api add constraint client_api_territoire_format
    check (territoire is null or territoire ~ '^([0-9]{3}|02[AB])$');
-- a guichet's client works on its guichet's territory; an operators' client on none
alter table client_api add constraint client_api_territoire_administration
    check (territoire is null or portee = 'ADMINISTRATION');

comment on column client_api.territoire is 'Territory of an ADMINISTRATION client (a gestionnaire territorial''s software: its token carries it, it acts on that territory only); null = national (the national administrator''s). Null for other clients (a guichet client''s territory is its guichet''s)';
