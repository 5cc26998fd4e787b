-- The home page's count of the demandes registered today in the agent's territories. With only
-- demande_guichet_enregistree_ix (guichet first) the planner ANDs the whole territory with a scan of that index's
-- every guichet: 2 s for the Nord on the national dataset (bench/RESULTS.md, "pages"); with the territory first,
-- the day's rows of the territory are one range of this index.
create index demande_territoire_enregistree_ix on demande (territoire, enregistree_le);
