-- The access journal names the candidates of a dwelling (attribution chain) as a screen of its own: the page of a
-- dwelling lists the demandes it may go to with their applicants' names, household and resources.
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION', 'AVERTISSEMENT', 'SEPARATION', 'FUSION', 'CANDIDATS'));
