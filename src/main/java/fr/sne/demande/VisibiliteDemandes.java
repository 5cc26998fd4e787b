package fr.sne.demande;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * The demande module's one answer to "may this actor see this demande?" (R441-2-6 CCH: the guichets, and the
 * services that have access to the registry, read the demandes of their territory). A demande is visible to an
 * actor whose territorial scope covers the demande's territory ({@link Acteur#couvre}): a guichet's client or
 * agent sees its guichet's territory, a gestionnaire territorial his territory, the national administrator and
 * the system's passes everything. Use cases ask {@link #peutVoir}; a query of another module that lists
 * demandes filters with {@link #predicat}, so that the rule is written once.
 */
@Component
public class VisibiliteDemandes {

    /** Name of the parameter {@link #predicat} binds (other names of the query must differ). */
    public static final String PARAMETRE_TERRITOIRES = "visibiliteTerritoires";

    /** @return whether the actor may see a demande of this territory */
    public boolean peutVoir(Acteur acteur, String territoireDemande) {
        return acteur.couvre(territoireDemande);
    }

    /** @return whether the actor may see the demande of this number (its territory is its first part) */
    public boolean peutVoir(Acteur acteur, NumeroUnique numero) {
        return peutVoir(acteur, numero.territoire());
    }

    /**
     * The same rule as a SQL predicate on a column holding a demande's territory, for queries that select
     * demandes in bulk.
     *
     * @param colonneTerritoire the qualified column, e.g. {@code d.territoire} (a name from code, never input)
     */
    public PredicatSql predicat(Acteur acteur, String colonneTerritoire) {
        if (!colonneTerritoire.matches("[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)?")) {
            throw new IllegalArgumentException("colonne invalide : " + colonneTerritoire);
        }
        if (acteur.national()) {
            return new PredicatSql("true", Map.of());
        }
        if (acteur.territoires().isEmpty()) {
            return new PredicatSql("false", Map.of());
        }
        return new PredicatSql(colonneTerritoire + " in (:" + PARAMETRE_TERRITOIRES + ")",
                Map.of(PARAMETRE_TERRITOIRES, List.copyOf(acteur.territoires())));
    }

    /** A SQL boolean expression and the named parameters it binds. */
    public record PredicatSql(String sql, Map<String, Object> parametres) {
    }
}
