-- the applicant's demandes: the numéros attached to his account (DemandeurConnecte.acteur), then each demande
-- (LectureDemandes.lire; three are attached)
select numero_unique from rattachement_demandeur where compte = :compte;
select * from demande where numero_unique = :numero;
select * from demande where numero_unique = :numero;
select * from demande where numero_unique = :numero;
