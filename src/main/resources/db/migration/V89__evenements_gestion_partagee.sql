-- Gestion partagée (décret 2015-523, R441-2-15 CCH; issue 15 §1 and §3; ADR 0013).
--
-- 1. The national catalogue of the events of the gestion partagée, as data. An event of the gestion partagée is
--    not a typed domain event of the demande module (EvenementDemande): it is a code of this catalogue, carried by
--    a movement. Its origine says how an occurrence comes to exist:
--      CYCLE_DE_VIE  derived, when listing, from the lifecycle movement that implies it (CRE/CRS, REN, RAD, the
--                    reactivation's REN or MOD, the warning's MOD): never a row of its own, never entered;
--      SAISIE        entered by a guichet whose type is in types_guichet: one EVT movement;
--      DECISION_CAL  created by the registry when a commission's decision (CAL/CALEOL) is recorded: one EVT
--                    movement, never entered by hand.
--    donnees_requises / donnees_facultatives name the data an occurrence carries (their types are the gestion
--    module's: dateDecision a date, public a code of the L441-1 publics, contingent a contingent, nature a kind of
--    negative decision, rang a positive integer, dateLimite a date, identifiantRpls and motif short texts).
--    The mapping of the three DESCAL codes to decision kinds is this project's (the real one is not public):
--      DESCAL    attribution, with or without rank          (data: rang, facultatif)
--      DESCAL01  attribution under suspensive condition     (data: dateLimite, motif, facultatifs)
--      DESCAL02  non-attribution or non-recevabilité        (data: nature NON_ATTRIBUTION | NON_RECEVABILITE,
--                                                            required; motif, facultatif)
create table evenement_catalogue (
    code                 text primary key,
    libelle              text not null,
    description          text not null,
    visible_demandeur    boolean not null,
    origine              text not null,
    types_guichet        text[] not null default '{}',
    donnees_requises     text[] not null default '{}',
    donnees_facultatives text[] not null default '{}',
    ordre                integer not null unique,
    constraint evenement_catalogue_code_ck check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    constraint evenement_catalogue_origine_ck check (origine in ('CYCLE_DE_VIE', 'SAISIE', 'DECISION_CAL')),
    constraint evenement_catalogue_saisie_ck check ((origine = 'SAISIE') = (cardinality(types_guichet) > 0))
);

insert into evenement_catalogue (code, libelle, description, visible_demandeur, origine, types_guichet,
    donnees_requises, donnees_facultatives, ordre)
values
    ('CREATION', 'Création de la demande', 'La demande est déposée et enregistrée (mouvement CRE, ou CRS pour la '
        || 'demande d''un co-demandeur séparé).', true, 'CYCLE_DE_VIE', '{}', '{}', '{}', 10),
    ('VALIDATION', 'Validation de la demande', 'La demande est validée : le registre la valide à son enregistrement '
        || '(numéro unique attribué), il n''y a pas d''étape de validation séparée.', true, 'CYCLE_DE_VIE', '{}',
        '{}', '{}', 20),
    ('RENOUVELLEMENT', 'Renouvellement de la demande', 'La demande est renouvelée pour un an (article R441-2-7 du '
        || 'CCH).', false, 'CYCLE_DE_VIE', '{}', '{}', '{}', 30),
    ('AVERTISSEMENT', 'Avertissement avant radiation', 'Le demandeur est averti un mois avant une radiation pour '
        || 'absence de réponse ou irrecevabilité (article L441-2-1 du CCH).', false, 'CYCLE_DE_VIE', '{}', '{}',
        '{}', 40),
    ('RADIATION', 'Radiation de la demande', 'La demande est radiée (article R441-2-8 du CCH).', true,
        'CYCLE_DE_VIE', '{}', '{}', '{}', 50),
    ('REACTIVATION', 'Réactivation de la demande', 'La demande radiée redevient active avec son numéro et son '
        || 'ancienneté.', true, 'CYCLE_DE_VIE', '{}', '{}', '{}', 60),
    ('DEMANDE_PIECES', 'Demande d''informations ou de pièces', 'Un guichet demande au demandeur des informations '
        || 'ou des pièces justificatives.', true, 'SAISIE',
        '{BAILLEUR,COMMUNE,EPCI,DEPARTEMENT,ACTION_LOGEMENT,ETAT,RESERVATAIRE,SIAO,MANDATAIRE_COMMUN}', '{}', '{}', 100),
    ('VISITES_PROPOSEES', 'Visites proposées', 'Une ou des visites de logement sont proposées au demandeur.', true,
        'SAISIE', '{BAILLEUR,RESERVATAIRE,ACTION_LOGEMENT,COMMUNE,EPCI,ETAT}', '{}', '{identifiantRpls}', 110),
    ('INSCRIPTION_CAL', 'Inscription à l''ordre du jour d''une CAL', 'La demande est inscrite à l''ordre du jour '
        || 'd''une commission d''attribution des logements et d''examen de l''occupation des logements (CALEOL).',
        true, 'SAISIE', '{BAILLEUR}', '{}', '{identifiantRpls}', 120),
    ('DESCAL', 'Attribution proposée', 'Décision de la CAL : attribution du logement, avec ou sans rang (article '
        || 'R441-3 du CCH, a et b). Créé par le registre à l''enregistrement de la décision.', true, 'DECISION_CAL',
        '{}', '{}', '{rang,identifiantRpls}', 130),
    ('DESCAL01', 'Attribution sous réserve de conditions suspensives', 'Décision de la CAL : attribution sous '
        || 'condition suspensive, une pièce à fournir dans un délai (article R441-3 du CCH, c). Créé par le '
        || 'registre à l''enregistrement de la décision.', true, 'DECISION_CAL', '{}', '{}',
        '{dateLimite,motif,identifiantRpls}', 140),
    ('DESCAL02', 'Refus d''attribution ou non-recevabilité', 'Décision de la CAL : non-attribution, ou '
        || 'non-recevabilité de la demande (article R441-3 du CCH, d et e), selon sa nature. Créé par le registre '
        || 'à l''enregistrement de la décision.', true, 'DECISION_CAL', '{}', '{nature}', '{motif,identifiantRpls}',
        150),
    ('REFUS_LOGEMENT', 'Refus du logement par le demandeur', 'Le demandeur refuse le logement qui lui est attribué.',
        true, 'SAISIE', '{BAILLEUR,RESERVATAIRE,ACTION_LOGEMENT}', '{}', '{motif,identifiantRpls}', 160),
    ('DECISION_DALO', 'Décision favorable DALO (prioritaire et urgent)', 'La commission de médiation reconnaît le '
        || 'demandeur prioritaire et devant être logé d''urgence (article L441-2-3 du CCH), à la date de sa '
        || 'décision.', false, 'SAISIE', '{ETAT}', '{dateDecision}', '{}', 200),
    ('AVIS_PDALHPD', 'Avis d''une instance locale du PDALHPD', 'Avis d''une instance locale du plan départemental '
        || 'd''action pour le logement et l''hébergement des personnes défavorisées.', false, 'SAISIE',
        '{ETAT,DEPARTEMENT}', '{}', '{motif}', 210),
    ('AVIS_PPGD', 'Avis d''une instance partenariale du PPGD', 'Avis d''une instance partenariale du plan '
        || 'partenarial de gestion de la demande.', false, 'SAISIE', '{EPCI,COMMUNE,ETAT}', '{}', '{motif}', 220),
    ('AVIS_CCIA', 'Avis de la commission de coordination de la CIA', 'Avis de la commission de coordination de la '
        || 'convention intercommunale d''attribution.', false, 'SAISIE', '{EPCI,ETAT}', '{}', '{motif}', 230),
    ('AVIS_ACCORD_COLLECTIF', 'Avis de la commission de l''accord collectif', 'Avis de la commission de l''accord '
        || 'collectif intercommunal ou départemental.', false, 'SAISIE', '{ETAT,EPCI,DEPARTEMENT}', '{}', '{motif}',
        240),
    ('PRIORITE_RECONNUE', 'Priorité reconnue (article L441-1)', 'Un réservataire ou le bailleur reconnaît au '
        || 'demandeur l''un des publics prioritaires de l''article L441-1 du CCH.', false, 'SAISIE',
        '{ETAT,COMMUNE,EPCI,DEPARTEMENT,RESERVATAIRE,ACTION_LOGEMENT,BAILLEUR}', '{public}', '{}', 250),
    ('CONTINGENT_ELIGIBLE', 'Contingent auquel le demandeur est éligible', 'Le demandeur est éligible à un '
        || 'contingent de réservation.', false, 'SAISIE',
        '{ETAT,COMMUNE,EPCI,DEPARTEMENT,RESERVATAIRE,ACTION_LOGEMENT,BAILLEUR}', '{contingent}', '{}', 260),
    ('DESIGNATION', 'Désignation par un réservataire', 'Un réservataire désigne le demandeur sur un logement de son '
        || 'contingent.', false, 'SAISIE', '{RESERVATAIRE,ACTION_LOGEMENT,ETAT,COMMUNE,EPCI,DEPARTEMENT,BAILLEUR}',
        '{}', '{identifiantRpls}', 270),
    ('BAIL_SIGNE', 'Signature du bail', 'Le bail du logement attribué est signé.', false, 'SAISIE', '{BAILLEUR}',
        '{}', '{identifiantRpls}', 280);

-- 2. Whether the applicant sees his events, switched on per territory by its gestionnaire territorial (the real
--    registry turned it on département by département; Île-de-France is one territory, 111). No row: off.
create table evenement_visibilite_territoire (
    territoire         text primary key,
    visible_demandeur  boolean not null,
    modifie_le         timestamptz not null,
    modifie_par        text not null,
    constraint evenement_visibilite_territoire_ck check (territoire ~ '^([0-9]{3}|02A|02B)$')
);
