-- 100,000 demandes (or :n) for the page benchmark, spread over 10 territories (10 % in the Nord, 059, the demo
-- agents' territory), each with its applicant (names from a list of common ones, so that a name search finds
-- several), its communes and its CRE movement. The content is the sample demande with the person changed.
-- Run by run.sh with psql -v n=... -v modele="$(cat docs/exemples/demande-nord.json)".
begin;
create temporary table noms (i int, nom text) on commit drop;
insert into noms select ordinality - 1, nom from unnest(array['Martin','Bernard','Thomas','Petit','Robert',
  'Richard','Durand','Dubois','Moreau','Laurent','Simon','Michel','Lefèvre','Leroy','Roux','David','Bertrand',
  'Morel','Fournier','Girard','Bonnet','Dupont','Lambert','Fontaine','Rousseau','Vincent','Müller','Lefebvre',
  'Faure','André','Mercier','Blanc','Guérin','Boyer','Garnier','Chevalier','François','Legrand','Gauthier',
  'Garcia','Perrin','Robin','Clément','Morin','Nicolas','Henry','Roussel','Mathieu','Gautier','Masson']) with ordinality as t(nom);
create temporary table prenoms (i int, prenom text) on commit drop;
insert into prenoms select ordinality - 1, p from unnest(array['Claire','Léa','Manon','Inès','Camille','Sarah',
  'Emma','Chloé','Jade','Louise','Hugo','Lucas','Nathan','Théo','Louis','Jules','Adam','Gabriel','Raphaël',
  'Noé']) with ordinality as t(p);

create temporary table source on commit drop as
select g as i,
       (array['059','062','111','069','013','033','031','044','067','034'])[g % 10 + 1] as territoire,
       (select nom from noms where noms.i = g % 50) as nom,
       (select prenom from prenoms where prenoms.i = (g / 50) % 20) as prenom,
       date '1950-01-01' + ((g * 7919) % 18000) as naissance,
       date '2024-01-01' + (g % 1000) as depot,
       case when g % 10 = 0 then 'G5902' else 'G5901' end as guichet
  from generate_series(1, :n) g;

insert into demande (numero_unique, territoire, statut, date_depot, date_fin_validite, guichet_enregistreur,
                     enregistree_le, modifiee_le, version, contenu, motif_radiation, date_radiation)
select territoire || to_char(depot, 'MMYY') || lpad((i / 10)::text, 6, '0') || guichet, territoire,
       case when i % 7 = 0 then 'RADIEE' else 'ACTIVE' end, depot,
       depot + interval '1 year' * (1 + (date '2026-11-26' - depot) / 365),
       guichet, depot + time '10:00', depot + time '10:00', 0,
       jsonb_set(jsonb_set(jsonb_set(:'modele'::jsonb, '{demandeur,nomNaissance}', to_jsonb(nom)),
                 '{demandeur,prenoms}', to_jsonb(prenom)), '{demandeur,dateNaissance}', to_jsonb(naissance::text)),
       case when i % 7 = 0 then 'b' end, case when i % 7 = 0 then depot + 200 end
  from source
on conflict (numero_unique) do nothing;

insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance, nom_cle, prenoms_cle)
select d.id, 'DEMANDEUR', 1, s.nom, s.prenom, s.naissance,
       upper(translate(s.nom, 'éèêëàâäîïôöùûüçÉÈ', 'eeeeaaaiioouuucEE')),
       upper(translate(s.prenom, 'éèêëàâäîïôöùûüçÉÈ', 'eeeeaaaiioouuucEE'))
  from source s join demande d
    on d.numero_unique = s.territoire || to_char(s.depot, 'MMYY') || lpad((s.i / 10)::text, 6, '0') || s.guichet
on conflict do nothing;

insert into demande_commune (demande_id, rang, code_commune)
select d.id, r.rang, r.code from demande d
 cross join (values (1, '59350'), (2, '59512'), (3, '59009')) as r(rang, code)
 where not exists (select 1 from demande_commune c where c.demande_id = d.id)
on conflict do nothing;

insert into mouvement (type, numero_unique, territoire, guichet, horodatage, contenu, acteur_type, acteur_id)
select 'CRE', d.numero_unique, d.territoire, d.guichet_enregistreur, d.enregistree_le,
       jsonb_build_object('version', 1, 'type', 'CRE', 'demande', d.contenu), 'CLIENT_API', 'bench'
  from demande d
 where not exists (select 1 from mouvement m where m.numero_unique = d.numero_unique);
commit;
analyze;
