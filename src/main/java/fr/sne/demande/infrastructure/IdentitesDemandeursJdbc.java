package fr.sne.demande.infrastructure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.IdentitesDemandeurs;

/** {@link IdentitesDemandeurs} on {@code demande} and {@code demande_personne}: one query. */
@Repository
class IdentitesDemandeursJdbc implements IdentitesDemandeurs {

    private final JdbcClient jdbc;

    IdentitesDemandeursJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, IdentiteDemandeur> lire(Collection<String> numeros) {
        Map<String, IdentiteDemandeur> identites = new LinkedHashMap<>();
        if (numeros.isEmpty()) {
            return identites;
        }
        jdbc.sql("""
                select d.numero_unique, d.statut, p.nir, p.nom_naissance, p.prenoms, p.date_naissance,
                       d.contenu -> 'demandeur' ->> 'sexe' as sexe
                  from demande d
                  join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR'
                 where d.numero_unique = any(cast(:numeros as char(18)[]))""")
                .param("numeros", new LinkedHashSet<>(numeros).toArray(String[]::new))
                .query((rs, i) -> new IdentiteDemandeur(rs.getString("numero_unique"),
                        fr.sne.demande.domaine.StatutDemande.ACTIVE.name().equals(rs.getString("statut")), rs.getString("nir"), rs.getString("nom_naissance"),
                        rs.getString("prenoms"), rs.getDate("date_naissance").toLocalDate(), rs.getString("sexe")))
                .list().forEach(id -> identites.put(id.numeroUnique(), id));
        return identites;
    }
}
