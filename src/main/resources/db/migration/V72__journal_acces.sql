-- The access journal of the professional web application (issue 9): every display of a demande's personal data
-- to an agent, a gestionnaire territorial or the national administrator (who, for which guichet, when, which
-- demande, which screen). It is read by the territory's gestionnaire, and on the demande's page; the public
-- portal will show it to the applicant. Append-only; rows older than the retention are deleted by the
-- application (sne.journal-acces.conservation, one year by default).

create table journal_acces (
    id            bigint generated always as identity primary key,
    horodatage    timestamptz  not null,
    acteur_type   varchar(30)  not null,
    acteur_id     varchar(255) not null,
    guichet       char(5),
    numero_unique char(18)     not null,
    territoire    char(3)      not null,
    ecran         varchar(30)  not null,
    constraint journal_acces_acteur_type_ck check (acteur_type in
        ('CLIENT_API', 'AGENT', 'GESTIONNAIRE_TERRITORIAL', 'ADMINISTRATEUR_NATIONAL', 'DEMANDEUR', 'TRAITEMENT')),
    constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE', 'RESSOURCES', 'LOGEMENT',
        'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION', 'REACTIVATION'))
);

comment on table journal_acces is 'Who displayed which demande''s personal data, when, on which screen (RGPD art. 32 traceability; shown to the applicant later)';
comment on column journal_acces.acteur_id is 'The agent''s login (compte_agent.identifiant), or the API client id';
comment on column journal_acces.guichet is 'Guichet for which the actor acted; null for a gestionnaire or the national administrator';
comment on column journal_acces.territoire is 'The demande''s territory (first part of its numéro): the gestionnaire of that territory reads the row';
comment on column journal_acces.ecran is 'RECHERCHE (a line of a result page), a tab of the demande''s page, ATTESTATION (download), an action''s page';

-- The gestionnaire's listing, newest first, by territory (also with the agent filter: few rows per agent);
-- the demande's "Consultations" tab; the purge by age.
create index journal_acces_territoire_ix on journal_acces (territoire, horodatage desc, id desc);
create index journal_acces_numero_ix on journal_acces (numero_unique, horodatage desc, id desc);
create index journal_acces_acteur_ix on journal_acces (acteur_id, horodatage desc, id desc);
create index journal_acces_horodatage_ix on journal_acces (horodatage, id);
