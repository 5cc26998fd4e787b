-- the home page's counts for agent-g5901 (guichet G5901, territory 059), the day and month of the application's clock
select count(*) from demande d where d.enregistree_le >= :debutjour and d.territoire in ('059');
select count(*) from demande where guichet_enregistreur = 'G5901' and enregistree_le >= :debutjour;
select count(*) from demande d where d.statut = 'ACTIVE' and d.date_fin_validite between :debutmois and :finmois
   and d.territoire in ('059');
