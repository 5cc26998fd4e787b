-- the filing's first page: the account's draft, if any (DeposerEnLigne.brouillon)
select id, compte, reponses::text as reponses, etape, cree_le, modifie_le from brouillon_portail where compte = :compte;
