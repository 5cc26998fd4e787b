-- The habilitation "instruction" (issue 17 §2, ADR 0026): an API client of a guichet granted it qualifies pieces, as
-- an agent holding the per-agent profile INSTRUCTION does in the professional application.
alter table client_api_habilitation drop constraint client_api_habilitation_connue;
alter table client_api_habilitation add constraint client_api_habilitation_connue check (habilitation in
    ('demandes', 'exports', 'instruction', 'drm', 'numerisation', 'rapports', 'cotation', 'referentiels'));
