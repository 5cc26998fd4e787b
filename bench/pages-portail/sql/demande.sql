-- one attached demande: the numéros attached to his account, read for the actor and to check the numéro
-- (DemandeurConnecte.acteur, numeroRattache), then the demande (LectureDemandes.lire)
select numero_unique from rattachement_demandeur where compte = :compte;
select numero_unique from rattachement_demandeur where compte = :compte;
select * from demande where numero_unique = :numero;
