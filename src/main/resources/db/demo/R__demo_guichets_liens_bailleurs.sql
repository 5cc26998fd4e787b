-- Demo links of the bailleurs' guichets to their bailleur (local run and tests only; runs after
-- R__demo_guichets.sql, repeatable migrations running in the order of their description):
--   G5901 Habitat du Nord (démo) → bailleur 990590010      G6201 Artois Logis (démo) → bailleur 990620015
update guichet set bailleur_siren = '990590010' where code = 'G5901';
update guichet set bailleur_siren = '990620015' where code = 'G6201';

-- A demo dwelling of Habitat du Nord put to attribution in Lille (T2, PLUS, outside QPV), once.
insert into logement (bailleur_siren, guichet, territoire, identifiant_rpls, adresse, code_commune, typologie, surface,
                      loyer, financement, qpv, adapte_handicap, reservataire_id, declare_le)
select '990590010', 'G5901', '059', 'RPLSDEMO5901', '14 rue des Tanneurs', '59350', 'T2', 47.00, 372.50, 'PLUS',
       false, false, null, now()
 where not exists (select 1 from logement where identifiant_rpls = 'RPLSDEMO5901');
