-- Nightly pass (issue #8): the address a renewal notice was e-mailed to (erased with the demande's other
-- nominative data), and API clients that run the pass on demand (administration: gestionnaires territoriaux and
-- the national administrator).

alter table avis_renouvellement add column adresse_courriel text;
comment on column avis_renouvellement.adresse_courriel is 'Address the notice is e-mailed to, taken when the notice is decided (R441-2-7); erased one year after radiation';
comment on column avis_renouvellement.lot_courrier is 'Storage key of the PDF batch of letters (guichet, day) holding this notice when sent by post';

alter table client_api drop constraint client_api_portee_connue;
alter table client_api add constraint client_api_portee_connue
    check (portee in ('GUICHET', 'EXPLOITATION', 'ADMINISTRATION'));
comment on column client_api.portee is 'GUICHET: calls /v1.0 for its guichet (scope demandes); EXPLOITATION: reads metrics (scope exploitation); ADMINISTRATION: runs the nightly pass on demand (scope administration)';

-- The day's PDF batches of letters are written after the day's SQL has committed: a day whose batches are not
-- all written yet (crash) gets them written by the next run.
alter table traitement_quotidien add column documents_termines_le timestamptz;
comment on column traitement_quotidien.documents_termines_le is 'When every PDF batch of letters of the day was written to storage';

-- Radiations for no answer (c) asked by a guichet: looked up by the date of the warning.
create index avertissement_radiation_demandee_ix on avertissement (date_envoi) where radiation_demandee and motif = 'c';

-- The notices of a day that go by post, to write its batches of letters.
create index avis_renouvellement_lot_ix on avis_renouvellement (jour_traitement) where lot_courrier is not null;
