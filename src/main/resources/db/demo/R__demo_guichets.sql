-- Demo guichets, API clients and bailleurs (local run and tests only, never in production).
-- Idempotent upserts. Names are fictional and marked "(démo)"; SIRENs are fake (99xxxxxxx) but pass the Luhn check;
-- phone numbers are in the ARCEP ranges reserved for fiction. Demo client secrets (documented in the README):
--   demo-g5901 / demo-g5901-secret      demo-g5902 / demo-g5902-secret      demo-g6201 / demo-g6201-secret
--   demo-g1101 / demo-g1101-secret      demo-gdpub / demo-gdpub-secret
--   demo-g5902-demandes / demo-g5902-demandes-secret (habilitation demandes only)
--   demo-numerisation / demo-numerisation-secret (the digitisation provider, habilitation numerisation only)
-- Only the bcrypt hashes (cost 10) are stored.

insert into guichet (code, nom, type, territoire, adresse_ligne1, adresse_ligne2, code_postal, commune, telephone, actif)
values
    ('G5901', 'Habitat du Nord (démo)', 'BAILLEUR', '059',
        '12 rue des Tisserands', null, '59000', 'Lille', '03 53 01 59 01', true),
    ('G5902', 'Ville de Villeneuve-d''Ascq — Service habitat (démo)', 'COMMUNE', '059',
        'Hôtel de ville', 'Place Salvador Allende', '59650', 'Villeneuve-d''Ascq', '03 53 01 59 02', true),
    ('G6201', 'Artois Logis (démo)', 'BAILLEUR', '062',
        '4 boulevard des Houillères', null, '62300', 'Lens', '03 53 01 62 01', true),
    ('G1101', 'Service régional d''enregistrement de l''État en Île-de-France (démo)', 'ETAT', '111',
        '5 rue Leblanc', null, '75015', 'Paris', '01 99 00 11 01', true),
    ('GDPUB', 'Guichet internet grand public (démo)', 'PORTAIL', '111',
        'Portail demande-logement-social.gouv.fr', null, null, null, null, true),
    -- the digitisation provider under contract with the State (ADR 0024): files the scanned pieces of a sheet
    -- whose signed QR code names the demande, in any territory; registers nothing, reads no demande
    ('GNUMA', 'Prestataire de numérisation des pièces (démo)', 'ETAT', '111',
        '1 allée des Scanners', null, '93200', 'Saint-Denis', '01 99 00 11 09', true)
on conflict (code) do update set
    nom = excluded.nom, type = excluded.type, territoire = excluded.territoire,
    adresse_ligne1 = excluded.adresse_ligne1, adresse_ligne2 = excluded.adresse_ligne2,
    code_postal = excluded.code_postal, commune = excluded.commune, telephone = excluded.telephone,
    actif = excluded.actif, updated_at = now();

insert into client_api (client_id, secret_hash, guichet_code, actif)
values
    ('demo-g5901', '$2a$10$kqjtfFxQKErb.rC0nWWIk.GqwnaGjOIJbNuVOpqxsNU3iCyQHjBmm', 'G5901', true),
    ('demo-g5902', '$2a$10$G8Ni1Eu6.xENj1WfIV802eSZ68VjnCVl33o84daHlYcgSIAQopJlW', 'G5902', true),
    ('demo-g6201', '$2a$10$juEqz74aPEqt5SGUPqrQLuoMWAGPdItUNaRBqANpDk7ah00MIc9Gm', 'G6201', true),
    ('demo-g1101', '$2a$10$q/UZnRoZYlbkoRpYPxCsJeCbmma.LcHTTgkqVf3bKvZPc6AUXpRGW', 'G1101', true),
    ('demo-gdpub', '$2a$10$oHvEqHSd8f.HNtTJBx8Wv.Xu..4p3FolE9jFYW7DTbKSVkqNWD6mS', 'GDPUB', true),
    ('demo-g5902-demandes', '$2a$10$IM3REAoka7MTsxMJR3NjuuAcFsPXSDIj5mn55bPc5RvC0rUTJTWue', 'G5902', true),
    ('demo-numerisation', '$2a$10$nNJiWtPqNS10mtNs/clZne8hpfOnPjtgufS5ZtlNsj29UE4GqviQu', 'GNUMA', true)
on conflict (client_id) do update set
    secret_hash = excluded.secret_hash, guichet_code = excluded.guichet_code, actif = excluded.actif;

-- Their habilitations (ADR 0017): demandes and exports, but demandes only for demo-g5902-demandes. Granted when this
-- file is (re)applied; a later withdrawal in the administration pages holds until the file changes.
insert into client_api_habilitation (client_id, habilitation, accordee_par)
values
    ('demo-g5901', 'demandes', 'demo'), ('demo-g5901', 'exports', 'demo'),
    ('demo-g5902', 'demandes', 'demo'), ('demo-g5902', 'exports', 'demo'),
    ('demo-g6201', 'demandes', 'demo'), ('demo-g6201', 'exports', 'demo'),
    ('demo-g1101', 'demandes', 'demo'), ('demo-g1101', 'exports', 'demo'),
    ('demo-gdpub', 'demandes', 'demo'), ('demo-gdpub', 'exports', 'demo'),
    ('demo-g5902-demandes', 'demandes', 'demo'),
    ('demo-numerisation', 'numerisation', 'demo')
on conflict do nothing;

insert into bailleur (siren, nom, adresse_ligne1, adresse_ligne2, code_postal, commune)
values
    ('990590010', 'Habitat du Nord (démo)', '12 rue des Tisserands', null, '59000', 'Lille'),
    ('990590028', 'Métropole Logis (démo)', '80 avenue de la Marne', null, '59100', 'Roubaix'),
    ('990590036', 'Les Foyers flamands (démo)', '3 place du Théâtre', null, '59200', 'Tourcoing'),
    ('990620015', 'Artois Logis (démo)', '4 boulevard des Houillères', null, '62300', 'Lens'),
    ('990620023', 'Beffroi Habitat (démo)', '21 rue des Trois Visages', null, '62000', 'Arras'),
    ('990750010', 'Lutèce Logement (démo)', '40 rue du Faubourg Saint-Martin', null, '75010', 'Paris'),
    ('990750028', 'Résidences de la Seine (démo)', '9 quai de la Rapée', null, '75012', 'Paris'),
    ('990930018', 'Plaine Commune Habitat social (démo)', '15 rue de la République', null, '93200', 'Saint-Denis')
on conflict (siren) do update set
    nom = excluded.nom, adresse_ligne1 = excluded.adresse_ligne1, adresse_ligne2 = excluded.adresse_ligne2,
    code_postal = excluded.code_postal, commune = excluded.commune;

-- Lille 59350, Roubaix 59512, Tourcoing 59599, Villeneuve-d'Ascq 59009, Arras 62041, Lens 62498,
-- Paris 75056 and its arrondissements 75101..75120, Saint-Denis 93066.
insert into bailleur_commune (siren, code_commune)
values
    ('990590010', '59350'), ('990590010', '59512'), ('990590010', '59599'), ('990590010', '59009'),
    ('990590028', '59350'), ('990590028', '59512'), ('990590028', '59009'),
    ('990590036', '59599'), ('990590036', '59512'), ('990590036', '62498'),
    ('990620015', '62498'), ('990620015', '62041'),
    ('990620023', '62041'),
    ('990750010', '75056'), ('990750010', '75110'), ('990750010', '75111'), ('990750010', '75118'),
    ('990750010', '75119'), ('990750010', '75120'),
    ('990750028', '75112'), ('990750028', '75113'), ('990750028', '75114'), ('990750028', '75115'),
    ('990750028', '75101'), ('990750028', '93066'),
    ('990930018', '93066'), ('990930018', '75118'), ('990930018', '75119')
on conflict do nothing;
