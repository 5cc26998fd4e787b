select g.code, g.nom, g.type, g.territoire, g.adresse_ligne1, g.adresse_ligne2, g.code_postal,
       g.commune, g.telephone, g.actif, c.actif as client_actif,
       array(select h.habilitation from client_api_habilitation h where h.client_id = c.client_id) as habilitations
  from guichet g left join client_api c on c.client_id = '' where g.code = :guichet;
