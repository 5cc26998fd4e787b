package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.InstantanesDemandes;
import fr.sne.demande.VisibiliteDemandes;

/**
 * {@link InstantanesDemandes}: one statement on {@code demande}, read with a fetch size (the PostgreSQL driver then
 * reads through a server-side cursor, inside the caller's transaction), handed out batch by batch.
 */
@Repository
class InstantanesDemandesJdbc implements InstantanesDemandes {

    private final JdbcClient jdbc;
    private final VisibiliteDemandes visibilite;

    InstantanesDemandesJdbc(JdbcClient jdbc, VisibiliteDemandes visibilite) {
        this.jdbc = jdbc;
        this.visibilite = visibilite;
    }

    @Override
    public long compter(Selection selection, Acteur acteur) {
        Map<String, Object> parametres = new HashMap<>();
        String filtre = filtre(selection, acteur, parametres);
        return jdbc.sql("select count(*) from demande d where " + filtre).params(parametres).query(Long.class)
                .single();
    }

    @Override
    public void parcourir(Selection selection, Acteur acteur, int taille, Consumer<List<DemandeInstantanee>> lot) {
        if (taille < 1) {
            throw new IllegalArgumentException("taille de lot : " + taille);
        }
        Map<String, Object> parametres = new HashMap<>();
        String filtre = filtre(selection, acteur, parametres);
        List<DemandeInstantanee> courant = new ArrayList<>(taille);
        jdbc.sql("select " + LignesInstantane.COLONNES + """

                  from demande d
                 where """ + filtre + """

                 order by d.id""")
                .params(parametres)
                .withFetchSize(taille)
                .query((ResultSet rs) -> {
                    courant.add(new DemandeInstantanee(rs.getString("numero_unique"), LignesInstantane.lire(rs)));
                    if (courant.size() == taille) {
                        lot.accept(List.copyOf(courant));
                        courant.clear();
                    }
                });
        if (!courant.isEmpty()) {
            lot.accept(List.copyOf(courant));
        }
    }

    @Override
    public Set<String> effacees(Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select numero_unique from demande
                 where numero_unique = any(cast(:numeros as char(18)[])) and purgee_le is not null""")
                .param("numeros", numerosUniques.toArray(String[]::new)).query(String.class).list());
    }

    /** The selection as a SQL predicate on {@code demande d} (binding its parameters). */
    private String filtre(Selection selection, Acteur acteur, Map<String, Object> parametres) {
        if (selection.statuts().isEmpty()) {
            throw new IllegalArgumentException("au moins un statut");
        }
        VisibiliteDemandes.PredicatSql visible = visibilite.predicat(acteur, "d.territoire");
        parametres.putAll(visible.parametres());
        parametres.put("statuts", selection.statuts().toArray(String[]::new));
        List<String> lieux = new ArrayList<>();
        if (!selection.territoires().isEmpty()) {
            lieux.add("d.territoire = any(cast(:territoires as char(3)[]))");
            parametres.put("territoires", selection.territoires().toArray(String[]::new));
        }
        if (!selection.departements().isEmpty()) {
            lieux.add("exists (select 1 from demande_commune dc where dc.demande_id = d.id"
                    + " and dc.code_commune like any(cast(:prefixes as text[])))");
            parametres.put("prefixes", selection.departements().stream().map(dep -> dep + "%")
                    .toArray(String[]::new));
        }
        if (!selection.communes().isEmpty()) {
            lieux.add("exists (select 1 from demande_commune dc where dc.demande_id = d.id"
                    + " and dc.code_commune = any(cast(:communes as char(5)[])))");
            parametres.put("communes", selection.communes().toArray(String[]::new));
        }
        if (lieux.isEmpty()) {
            throw new IllegalArgumentException("au moins un lieu");
        }
        return "(" + visible.sql() + ") and d.statut = any(cast(:statuts as text[])) and d.purgee_le is null and ("
                + String.join(" or ", lieux) + ")";
    }
}
