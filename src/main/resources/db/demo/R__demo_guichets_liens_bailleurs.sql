-- Demo links of the bailleurs' guichets to their bailleur (local run and tests only; runs after
-- R__demo_guichets.sql, repeatable migrations running in the order of their description):
--   G5901 Habitat du Nord (démo) → bailleur 990590010      G6201 Artois Logis (démo) → bailleur 990620015
update guichet set bailleur_siren = '990590010' where code = 'G5901';
update guichet set bailleur_siren = '990620015' where code = 'G6201';
