-- Issue 17's leftovers (ADR 0025), written with issue 18.
--
-- 1. A national guichet (the national entry centre) reads only the demandes it registered: VisibiliteDemandes's
--    predicate compares the last five characters of the numéro unique, its registering guichet, with the guichet's
--    code. No index served that expression: every search, dashboard count and export of the centre read the whole
--    table. This one serves it (the expression is the predicate's, character for character, so that the planner
--    matches it).
create index demande_guichet_du_numero_ix on demande (right(numero_unique, 5));

-- 2. The erasure one year after radiation deletes the row of the scanned Cerfa a demande was typed from (it names
--    the demande); the nightly erasure finds those rows by their numéro.
create index cerfa_numerise_numero_ix on cerfa_numerise (numero_unique) where numero_unique is not null;
