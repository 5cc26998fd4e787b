-- Demo applicants of the public portal (issue 18, ADR 0027; local run and tests only, never in production): they
-- sign in at the embedded identity provider as FranceConnect's users would, and only to the portal (client
-- sne-portail); an agent's account signs in only to the professional application. Idempotent upserts; only the
-- bcrypt hashes (cost 10) are stored. Logins and passwords (documented in the README):
--   demandeur-1 / demandeur-1-mdp    demandeur-2 / demandeur-2-mdp    demandeur-3 / demandeur-3-mdp (no e-mail)

insert into compte_demandeur_demo (identifiant, mot_de_passe_hash, prenoms, nom, date_naissance, courriel, actif)
values
    ('demandeur-1', '$2a$10$OA9HKsaoVRQv/mchpGI60eOYtdOsZuBfeZU39Ea6EwCgsXokNWCPa',
        'Louise Marie', 'Martin', date '1988-04-12', 'louise.martin@exemple.fr', true),
    ('demandeur-2', '$2a$10$P0KqRTA9s20vP75ZqEIlxuOeg/fKfco2f3mA2ZT2BrG7y0.ITKGVW',
        'Karim', 'Benali', date '1975-11-03', 'karim.benali@exemple.fr', true),
    ('demandeur-3', '$2a$10$uihdmkD3b6Q3j4CmIn19FODGPNCS/Hr.KNYkl7BbqFiUmCXwZN68C',
        'Jeanne', 'Lefèvre', date '1952-07-30', null, true)
on conflict (identifiant) do update set
    mot_de_passe_hash = excluded.mot_de_passe_hash, prenoms = excluded.prenoms, nom = excluded.nom,
    date_naissance = excluded.date_naissance, courriel = excluded.courriel, actif = excluded.actif;
