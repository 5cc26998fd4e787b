-- a demande's page, history tab: the demande, its journal line and its movements in a transaction, its warnings,
-- the guichet's name of the header and of every movement (:guichets: run.sh puts guichet.sql in place, 1 + the
-- number of movements times)
begin;
select * from demande where numero_unique = :numero;
insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
values (now(), 'AGENT', 'agent-g5901', 'G5901', :numero, '059', 'HISTORIQUE');
select id, type, horodatage, guichet, contenu from mouvement where numero_unique = :numero order by id;
commit;
select a.motif, a.sous_motif, a.date_envoi, a.canal, a.guichet, a.radiation_demandee
  from avertissement a join demande d on d.id = a.demande_id where d.numero_unique = :numero
 order by a.date_envoi, a.id;
:guichets
