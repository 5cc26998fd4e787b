-- Issue 19 §3 (helper D, reading; ADR 0031): who sees the DRM's resources. The DRM is switched on guichet by guichet
-- (the real rollout began with six pilot guichets): a row of drm_guichet says that the agents holding the profile DRM
-- and the API clients holding the habilitation drm of this guichet may read it. Written by the drm module only (its
-- administration page); a switch-off deletes the row, and drm_guichet_journal keeps every change, append-only.
create table drm_guichet (
    guichet_code  char(5)      primary key references guichet (code),
    active_depuis timestamptz  not null,
    active_par    varchar(100) not null
);

comment on table drm_guichet is 'Guichets switched on for the DRM (resources of the Dispositif des ressources mensuelles): their agents holding the profile DRM and their API clients holding the habilitation drm read them';
comment on column drm_guichet.active_par is 'Who switched it on: the gestionnaire territorial''s or national administrator''s identifier, or "demo"';

create table drm_guichet_journal (
    id            bigint       generated always as identity primary key,
    guichet_code  char(5)      not null references guichet (code),
    active        boolean      not null,
    acteur_type   varchar(30)  not null,
    acteur_id     varchar(100) not null,
    le            timestamptz  not null
);

comment on table drm_guichet_journal is 'Every switch-on (active true) and switch-off (false) of the DRM for a guichet: who, when (append-only)';
create index drm_guichet_journal_guichet_ix on drm_guichet_journal (guichet_code, le desc, id desc);

-- The per-agent profile DRM (ADR 0026's list): reads the DRM's resources on the demande's page, where his guichet is
-- switched on.
alter table compte_agent_profil drop constraint compte_agent_profil_connu;
alter table compte_agent_profil add constraint compte_agent_profil_connu check (profil in ('INSTRUCTION', 'DRM'));

-- The access journal names the display of a demande's DRM resources (API, professional application, as a screen).
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION', 'AVERTISSEMENT', 'SEPARATION', 'FUSION', 'CANDIDATS', 'PIECES', 'PIECE', 'DRM'));
