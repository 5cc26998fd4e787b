-- The access journal names the warning's and the separation's pages as screens of their own (they display the
-- demande's personal data: its applicant for the warning, its household's adults for the separation).
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION', 'AVERTISSEMENT', 'SEPARATION'));
