-- Demo operator client and agents' accounts (local run and tests only, never in production). Runs after
-- R__demo_guichets.sql (repeatable migrations run in the order of their description) whose guichets it needs.
-- Idempotent upserts; only the bcrypt hashes (cost 10) are stored. Logins and passwords (documented in the README):
--   demo-exploitation / demo-exploitation-secret   API client of the operators (scope exploitation: metrics)
--   agent-g5901 / agent-g5901-mdp    agent-g5902 / agent-g5902-mdp    agent-g6201 / agent-g6201-mdp
--   agent-g1101 / agent-g1101-mdp    gestionnaire-059 / gestionnaire-059-mdp
--   gestionnaire-062 / gestionnaire-062-mdp    gestionnaire-111 / gestionnaire-111-mdp
--   admin-national / admin-national-mdp

insert into client_api (client_id, secret_hash, guichet_code, portee, actif)
values
    ('demo-exploitation', '$2a$10$E56mMpd/2Iy7idmnEubR9.9A/QqnOlQTQGZmpaYK4d5/pwgQ3bEs2', null, 'EXPLOITATION', true)
on conflict (client_id) do update set
    secret_hash = excluded.secret_hash, guichet_code = excluded.guichet_code, portee = excluded.portee,
    actif = excluded.actif;

insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, territoire, actif)
values
    ('agent-g5901', '$2a$10$iJR6FjsE76LWPSbD58CCWuzCCfB0x5ltZe4wE7RWzAgtF6LXrh9lm',
        'Camille Agent (démo)', 'AGENT', 'G5901', null, true),
    ('agent-g5902', '$2a$10$eTy9bXgyy2o28ksD3QJ4VuSTvOjbUFSsNzpeXUcjzhuWlmVbcqmJW',
        'Dominique Agent (démo)', 'AGENT', 'G5902', null, true),
    ('agent-g6201', '$2a$10$gqL30/QIchiKeQLy9M93ReATR4dQe/stjvizw2WUbA/bIU1NTYiua',
        'Sacha Agent (démo)', 'AGENT', 'G6201', null, true),
    ('agent-g1101', '$2a$10$Y6eQoJ1j1N03.a1u6hD2GOTsAuvNba.8SKYJBUA1jt1duR0mzcssm',
        'Alix Agent (démo)', 'AGENT', 'G1101', null, true),
    ('gestionnaire-059', '$2a$10$/pn3R97SaASoUU3JGNFz8u0FLIl4u.yPDY0fIE00PvzIsBnkya6Zq',
        'Gestionnaire territorial du Nord (démo)', 'GESTIONNAIRE_TERRITORIAL', null, '059', true),
    ('gestionnaire-062', '$2a$10$/48d9DYVm8mngzSgA6Epz.zGqW3DcSb02PPh6LVyrlV2.zB7qUPD6',
        'Gestionnaire territorial du Pas-de-Calais (démo)', 'GESTIONNAIRE_TERRITORIAL', null, '062', true),
    ('gestionnaire-111', '$2a$10$8.Ng9pdHhGyilRwr.txHWuJSHaIMB6bYrC4GEyM9tXPVwlrE0JZca',
        'Gestionnaire territorial d''Île-de-France (démo)', 'GESTIONNAIRE_TERRITORIAL', null, '111', true),
    ('admin-national', '$2a$10$xVW6oDLlUmXvnmWfk4SqN.gKa3KlEYL0Jy4fOYMQ4799S/lhY./Pq',
        'Administration nationale (démo)', 'ADMINISTRATEUR_NATIONAL', null, null, true)
on conflict (identifiant) do update set
    mot_de_passe_hash = excluded.mot_de_passe_hash, nom = excluded.nom, role = excluded.role,
    guichet_code = excluded.guichet_code, territoire = excluded.territoire, actif = excluded.actif;

-- Demo administration clients (scope administration):
--   demo-gt-059 / demo-gt-059-secret   a gestionnaire territorial's software: territory 059 (Nord) only
--   demo-admin / demo-admin-secret     the national administrator's (no territory): runs the nightly pass on
--                                      demand, POST /v1.0/admin/traitements
insert into client_api (client_id, secret_hash, guichet_code, portee, territoire, actif)
values
    ('demo-gt-059', '$2a$10$Orqs0MZdwU3/BohPynVTxOGGlZA.s2bnwjr1bYGJzNKkCmrUGa0Oe', null, 'ADMINISTRATION', '059', true),
    ('demo-admin', '$2a$10$wTA9VSX/u//o3mYRCReRuuSiUVoI9wTHDXuLkdcOzPndinwwNYR4y', null, 'ADMINISTRATION', null, true)
on conflict (client_id) do update set
    secret_hash = excluded.secret_hash, guichet_code = excluded.guichet_code, portee = excluded.portee,
    territoire = excluded.territoire, actif = excluded.actif;

-- Per-agent profiles (ADR 0026): agent-g5901 holds INSTRUCTION (may qualify pieces); the others hold none
insert into compte_agent_profil (identifiant, profil, accorde_par)
values ('agent-g5901', 'INSTRUCTION', 'demo')
on conflict do nothing;

-- demo-g5901's software also qualifies pieces (habilitation instruction, ADR 0026)
insert into client_api_habilitation (client_id, habilitation, accordee_par)
values ('demo-g5901', 'instruction', 'demo')
on conflict do nothing;
