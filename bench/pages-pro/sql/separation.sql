-- the separation's page: the demande (its co-demandeurs are in its content) and its journal line in a transaction,
-- the guichet's name
begin;
select * from demande where numero_unique = :numero;
insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
values (now(), 'AGENT', 'agent-g5901', 'G5901', :numero, '059', 'SEPARATION');
commit;
:guichets
