-- the separation's page: the demande (its co-demandeurs are in its content), its journal line
select * from demande where numero_unique = :numero;
insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
select now(), 'AGENT', 'agent-g5901', 'G5901', :numero, '059', 'SEPARATION';
