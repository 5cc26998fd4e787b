-- Demo DRM readers (issue 19, ADR 0031; local run and tests only, never in production): the guichet G5901 is switched
-- on for the DRM, its agent agent-g5901 holds the profile DRM and its software demo-g5901 the habilitation drm;
-- G5902 (demo-g5902, agent-g5902) holds neither. Inserted once: an administrator's later choice is kept.
insert into drm_guichet (guichet_code, active_depuis, active_par)
values ('G5901', now(), 'demo')
on conflict (guichet_code) do nothing;

insert into compte_agent_profil (identifiant, profil, accorde_par)
values ('agent-g5901', 'DRM', 'demo')
on conflict do nothing;

insert into client_api_habilitation (client_id, habilitation, accordee_par)
values ('demo-g5901', 'drm', 'demo')
on conflict do nothing;
