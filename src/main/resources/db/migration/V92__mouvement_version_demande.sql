-- Numbered after V88 (it was written as V85 on a branch while V88 reached main): a database already at V88 migrates
-- in order.
-- Every movement carries the version of its demande (issue 15 §0): the version a change moved the demande to
-- (CRE: 0), or, for an event that changes no field (EVT, new type), the version it was recorded on.
--
-- Back-fill: until now every change of a demande moved its version by one and wrote exactly one movement of that
-- demande (the door's avancerVersion then its movement; the nightly pass's set-based update with its movement;
-- a merge moves both demandes, each with its own movement; a separation's CRS is the new demande's version 0),
-- and no movement was written without moving the version. So a demande's movements, in the order of their ids,
-- are its versions up to its current one: the last is demande.version, each earlier one one less. The back-fill
-- counts from the current version down (not from 0 up), so that it stays right for the latest movements even
-- where an early one is missing; a movement of a demande no longer in the table, or one that would count below 0
-- (more movements than versions: not expected), keeps null.
alter table mouvement add column version_demande integer;

update mouvement m
   set version_demande = case when d.version >= r.apres then d.version - r.apres end
  from (select id, numero_unique,
               count(*) over (partition by numero_unique order by id desc
                              rows between unbounded preceding and 1 preceding) as apres
          from mouvement) r
  join demande d on d.numero_unique = r.numero_unique
 where m.id = r.id;

alter table mouvement
    drop constraint mouvement_type_ck,
    add constraint mouvement_type_ck
        check (type in ('CRE', 'CRS', 'MOD', 'RAD', 'REN', 'SUP', 'DIS', 'RET', 'COP', 'EVT')),
    add constraint mouvement_version_demande_ck check (version_demande >= 0);

comment on column mouvement.version_demande is 'Version of the demande the movement moved it to (CRE: 0), or for an EVT the version it was recorded on; null only for a movement of a demande gone before V92';
