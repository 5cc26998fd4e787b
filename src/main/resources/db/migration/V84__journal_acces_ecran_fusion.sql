-- The access journal names the merge's page (motive f of R441-2-8 CCH) as a screen of its own: it displays the
-- adults of both demandes, the merged one and the kept one, for the gestionnaire to compare them.
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION', 'AVERTISSEMENT', 'SEPARATION', 'FUSION'));
