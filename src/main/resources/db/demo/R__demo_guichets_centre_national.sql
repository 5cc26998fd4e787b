-- Demo national entry centre of paper Cerfas (issue 17 §3, ADR 0025; local run and tests only, never in
-- production): a national guichet — it registers in any territory and reads only the demandes it registered — and
-- its agent, who works the queue of scanned Cerfas in the professional application. Runs after R__demo_guichets.sql
-- (repeatable migrations run in the order of their description). Login and password (documented in the README):
--   agent-gcnat / agent-gcnat-mdp          its agent in the professional application
--   demo-gcnat / demo-gcnat-secret         its software's API client (habilitations demandes, exports)
-- The territory of its row is its seat (Île-de-France) and grants no reading.

insert into guichet (code, nom, type, territoire, adresse_ligne1, adresse_ligne2, code_postal, commune, telephone, actif)
values
    ('GCNAT', 'Centre national de saisie des Cerfas (démo)', 'CENTRE_NATIONAL', '111',
        'Service national d''enregistrement', '20 avenue de Ségur', '75007', 'Paris', '01 99 00 00 17', true)
on conflict (code) do update set
    nom = excluded.nom, type = excluded.type, territoire = excluded.territoire,
    adresse_ligne1 = excluded.adresse_ligne1, adresse_ligne2 = excluded.adresse_ligne2,
    code_postal = excluded.code_postal, commune = excluded.commune, telephone = excluded.telephone,
    actif = excluded.actif, updated_at = now();

insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, territoire, actif)
values
    ('agent-gcnat', '$2a$10$uF2C1q5p03bIY8owai2he.c1ovqPc14fzhKGKR.oDQSxFuJuPjmeO',
        'Noa Agent de saisie (démo)', 'AGENT', 'GCNAT', null, true)
on conflict (identifiant) do update set
    mot_de_passe_hash = excluded.mot_de_passe_hash, nom = excluded.nom, role = excluded.role,
    guichet_code = excluded.guichet_code, territoire = excluded.territoire, actif = excluded.actif;

insert into client_api (client_id, secret_hash, guichet_code, actif)
values
    ('demo-gcnat', '$2a$10$g6eAU8J/cSVn4ENqySkPr.64KIx.cMjdH5/thFqRWp0.njxA6bakm', 'GCNAT', true)
on conflict (client_id) do update set
    secret_hash = excluded.secret_hash, guichet_code = excluded.guichet_code, actif = excluded.actif;

insert into client_api_habilitation (client_id, habilitation, accordee_par)
values ('demo-gcnat', 'demandes', 'demo'), ('demo-gcnat', 'exports', 'demo')
on conflict do nothing;
