-- Issue 17: the access journal names the pieces justificatives of a demande as screens of their own: the list of its
-- pieces (PIECES) and the display of one piece's bytes (PIECE), by the API or the professional application.
alter table journal_acces drop constraint journal_acces_ecran_ck;
alter table journal_acces add constraint journal_acces_ecran_ck check (ecran in ('RECHERCHE', 'IDENTITE', 'MENAGE',
    'RESSOURCES', 'LOGEMENT', 'HISTORIQUE', 'CONSULTATIONS', 'ATTESTATION', 'RENOUVELLEMENT', 'RADIATION',
    'REACTIVATION', 'MODIFICATION', 'AVERTISSEMENT', 'SEPARATION', 'FUSION', 'CANDIDATS', 'PIECES', 'PIECE'));
