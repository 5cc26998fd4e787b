-- Demo réservataires of the Nord (059) and their shares of the flux for the year the demo data is loaded (local run
-- and tests only, never in production; issue 15, §3). Runs after R__demo_guichets.sql and
-- R__demo_guichets_et_comptes.sql (repeatable migrations run in the order of their description). Idempotent upserts;
-- demo rows take fixed ids below 1000 (the identity of V90 starts at 1000). Names are marked "(démo)" except the
-- Métropole Européenne de Lille, named with its real SIREN as the EPCI referential has it; other SIRENs are fake.
-- An Action Logement guichet acts for the Action Logement réservataire (only the bcrypt hashes are stored):
--   demo-g59al / demo-g59al-secret    API client of G59AL        agent-g59al / agent-g59al-mdp    its agent

insert into guichet (code, nom, type, territoire, adresse_ligne1, adresse_ligne2, code_postal, commune, telephone, actif)
values ('G59AL', 'Action Logement Services — Nord (démo)', 'ACTION_LOGEMENT', '059',
        '30 rue des Fossés', null, '59000', 'Lille', '03 53 01 59 03', true)
on conflict (code) do update set
    nom = excluded.nom, type = excluded.type, territoire = excluded.territoire,
    adresse_ligne1 = excluded.adresse_ligne1, adresse_ligne2 = excluded.adresse_ligne2,
    code_postal = excluded.code_postal, commune = excluded.commune, telephone = excluded.telephone,
    actif = excluded.actif, updated_at = now();

insert into client_api (client_id, secret_hash, guichet_code, actif)
values ('demo-g59al', '$2a$10$vlMd7LlhdHpQFFWj8DLpZOPME6FvMchnvVfJ7F/wMUerKMTkJerg2', 'G59AL', true)
on conflict (client_id) do update set
    secret_hash = excluded.secret_hash, guichet_code = excluded.guichet_code, actif = excluded.actif;

-- Its habilitations (ADR 0017), as every demo guichet client's.
insert into client_api_habilitation (client_id, habilitation, accordee_par)
values ('demo-g59al', 'demandes', 'demo'), ('demo-g59al', 'exports', 'demo')
on conflict do nothing;

insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, territoire, actif)
values ('agent-g59al', '$2a$10$XTOV0sjN/pU/mUf96juYHud.E29US4YmJ1qfiHmrJS1D7jEhhCZEO',
        'Morgan Agent (démo)', 'AGENT', 'G59AL', null, true)
on conflict (identifiant) do update set
    mot_de_passe_hash = excluded.mot_de_passe_hash, nom = excluded.nom, role = excluded.role,
    guichet_code = excluded.guichet_code, territoire = excluded.territoire, actif = excluded.actif;

insert into reservataire (id, categorie, nom, siren, territoire)
values
    (1, 'ETAT_PRIORITAIRES', 'Préfet du Nord — publics prioritaires (démo)', null, '059'),
    (2, 'ETAT_AGENTS', 'Préfet du Nord — agents de l''État (démo)', null, '059'),
    (3, 'COLLECTIVITE', 'Métropole Européenne de Lille', '200093201', '059'),
    (4, 'ACTION_LOGEMENT', 'Action Logement Services (démo)', '990590044', '059'),
    (5, 'BAILLEUR', 'Habitat du Nord (démo)', '990590010', '059')
on conflict (id) do update set
    categorie = excluded.categorie, nom = excluded.nom, siren = excluded.siren, territoire = excluded.territoire,
    modifie_le = now();

insert into reservataire_guichet (guichet_code, reservataire_id)
values ('G59AL', 4)
on conflict (guichet_code) do update set reservataire_id = excluded.reservataire_id;

-- The year's shares of Habitat du Nord (G5901's bailleur): 100 % in all, the préfet's 30 % of which 5 % for State
-- agents; and of Métropole Logis: 85 %.
insert into part_flux (reservataire_id, bailleur_siren, annee, part, modifie_par)
select v.reservataire_id, v.bailleur_siren, extract(year from current_date)::smallint, v.part, 'demo'
  from (values (1, '990590010', 25.00), (2, '990590010', 5.00), (3, '990590010', 20.00), (4, '990590010', 35.00),
               (5, '990590010', 15.00),
               (1, '990590028', 25.00), (3, '990590028', 30.00), (4, '990590028', 30.00))
       as v (reservataire_id, bailleur_siren, part)
on conflict (reservataire_id, bailleur_siren, annee) do update set
    part = excluded.part, modifie_par = excluded.modifie_par, modifie_le = now();
