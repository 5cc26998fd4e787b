-- a demande's page, identity tab: the demande and its journal line in a transaction, its warnings (listed in the
-- page's header), the registering guichet's name (:guichets: run.sh puts guichet.sql in place)
begin;
select * from demande where numero_unique = :numero;
insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
values (now(), 'AGENT', 'agent-g5901', 'G5901', :numero, '059', 'IDENTITE');
commit;
select a.motif, a.sous_motif, a.date_envoi, a.canal, a.guichet, a.radiation_demandee
  from avertissement a join demande d on d.id = a.demande_id where d.numero_unique = :numero
 order by a.date_envoi, a.id;
:guichets
