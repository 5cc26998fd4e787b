-- the home page's counts for agent-g5901 (guichet G5901, territory 059)
select count(*) from demande d where d.enregistree_le >= date_trunc('day', now()) and d.territoire in ('059');
select count(*) from demande where guichet_enregistreur = 'G5901' and enregistree_le >= date_trunc('day', now());
select count(*) from demande d where d.statut = 'ACTIVE'
   and d.date_fin_validite between date_trunc('month', now())::date
       and (date_trunc('month', now()) + interval '1 month - 1 day')::date and d.territoire in ('059');
