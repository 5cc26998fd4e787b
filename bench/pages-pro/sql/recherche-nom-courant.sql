-- the same by a common birth name (Martin in donnees.sql, 2 % of the demandes; the commonest of the territory in
-- the generated dataset, whose households do not share names), page 1 of the territory's matches
begin;
with page as (
    select d.numero_unique, d.statut, d.date_depot, d.date_fin_validite, d.territoire, dem.nom_naissance,
           dem.prenoms, count(*) over () as total
      from (select distinct p.demande_id from demande_personne p
             where p.nom_cle = :nomcourantcle and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')) m
      join demande d on d.id = m.demande_id
      left join demande_personne dem on dem.demande_id = d.id and dem.role = 'DEMANDEUR'
     where d.territoire in ('059')
     order by d.date_depot desc, d.numero_unique desc limit 20 offset 0),
journal as (
    insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
    select now(), 'AGENT', 'agent-g5901', 'G5901', numero_unique, territoire, 'RECHERCHE' from page)
select * from page order by date_depot desc, numero_unique desc;
commit;
