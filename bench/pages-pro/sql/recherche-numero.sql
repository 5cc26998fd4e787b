-- RechercheDemandesRepository.rechercher by numéro for agent-g5901: the page and its journal lines, one statement in a
-- transaction
begin;
with page as (
    select d.numero_unique, d.statut, d.date_depot, d.date_fin_validite, d.territoire, dem.nom_naissance,
           dem.prenoms, count(*) over () as total
      from demande d
      left join demande_personne dem on dem.demande_id = d.id and dem.role = 'DEMANDEUR'
     where d.territoire in ('059') and d.numero_unique = :numero
     order by d.date_depot desc, d.numero_unique desc limit 20 offset 0),
journal as (
    insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
    select now(), 'AGENT', 'agent-g5901', 'G5901', numero_unique, territoire, 'RECHERCHE' from page)
select * from page order by date_depot desc, numero_unique desc;
commit;
