package fr.sne.demande;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * The demande module's one answer to "may this actor see this demande?" (R441-2-6 CCH: the guichets, and the
 * services that have access to the registry, read the demandes of their territory). Reading follows the actor's
 * {@link Acteur#lecture() scope of reading} (ADR 0025): the national administrator and the system's passes read
 * everything; a guichet's client or agent its guichet's territory, a gestionnaire territorial his territory; a
 * national guichet (the national entry centre), which registers in any territory, reads only the demandes its
 * guichet registered — those whose numéro unique ends with its code (the numéro names its registering guichet);
 * the applicant on the public portal reads only the demandes attached to his account (ADR 0027), and the portal's
 * guichet itself nothing else.
 * Use cases ask {@link #peutVoir}; a query of another module that lists demandes filters with {@link #predicat},
 * so that the rule is written once.
 */
@Component
public class VisibiliteDemandes {

    /** Name of the parameter {@link #predicat} binds for territories (other names of the query must differ). */
    public static final String PARAMETRE_TERRITOIRES = "visibiliteTerritoires";

    /** Name of the parameter {@link #predicat} binds for the numéros attached to an applicant's account. */
    public static final String PARAMETRE_NUMEROS = "visibiliteNumeros";

    /** Name of the parameter {@link #predicat} binds for a national guichet's code. */
    public static final String PARAMETRE_GUICHET = "visibiliteGuichet";

    private static final String COLONNE = "[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)?";

    /**
     * @return whether the actor reads every demande of this territory — false for a national guichet, which reads
     *         only its own registrations: a use case that holds a demande asks {@link #peutVoir(Acteur, NumeroUnique)}
     */
    public boolean peutVoir(Acteur acteur, String territoireDemande) {
        return acteur.couvre(territoireDemande);
    }

    /** @return whether the actor may see the demande of this number (its territory is its first part) */
    public boolean peutVoir(Acteur acteur, NumeroUnique numero) {
        return switch (acteur.lecture()) {
            case REGISTRE -> true;
            case TERRITOIRES -> acteur.couvre(numero.territoire());
            case SES_ENREGISTREMENTS -> numero.guichet().equals(acteur.guichet());
            case SES_DEMANDES -> acteur.aRattache(numero.valeur());
        };
    }

    /**
     * @return whether the actor may see the demande of this numéro as typed by a caller (false for a numéro that is
     *         not well formed): for a module that reads another module's data by numéro (the DRM's)
     */
    public boolean peutVoirLeNumero(Acteur acteur, String numeroUnique) {
        return NumeroUnique.estBienForme(numeroUnique) && peutVoir(acteur, new NumeroUnique(numeroUnique));
    }

    /** @return whether this text is a well-formed numéro unique (territory, month, year, sequence, guichet) */
    public static boolean estNumeroUnique(String numeroUnique) {
        return NumeroUnique.estBienForme(numeroUnique);
    }

    /** @return whether the actor may see this demande */
    public boolean peutVoir(Acteur acteur, DemandeLue demande) {
        return NumeroUnique.estBienForme(demande.numeroUnique())
                && peutVoir(acteur, new NumeroUnique(demande.numeroUnique()));
    }

    /**
     * The same rule as a SQL predicate on the columns of a table that holds a demande's territory and numéro
     * unique as {@code <alias>.territoire} and {@code <alias>.numero_unique}.
     *
     * @param colonneTerritoire the qualified column, e.g. {@code d.territoire} (a name from code, never input)
     */
    public PredicatSql predicat(Acteur acteur, String colonneTerritoire) {
        if (!colonneTerritoire.matches(COLONNE) || !colonneTerritoire.endsWith("territoire")) {
            throw new IllegalArgumentException("colonne invalide : " + colonneTerritoire);
        }
        String numero = colonneTerritoire.substring(0, colonneTerritoire.length() - "territoire".length())
                + "numero_unique";
        return predicat(acteur, colonneTerritoire, numero);
    }

    /**
     * The same rule as a SQL predicate, for queries that select demandes (or their movements, their journal lines)
     * in bulk.
     *
     * @param colonneTerritoire the qualified column holding the demande's territory, e.g. {@code d.territoire}
     * @param colonneNumero     the qualified column holding its numéro unique, e.g. {@code d.numero_unique}
     */
    public PredicatSql predicat(Acteur acteur, String colonneTerritoire, String colonneNumero) {
        if (!colonneTerritoire.matches(COLONNE) || !colonneNumero.matches(COLONNE)) {
            throw new IllegalArgumentException("colonne invalide : " + colonneTerritoire + ", " + colonneNumero);
        }
        return switch (acteur.lecture()) {
            case REGISTRE -> new PredicatSql("true", Map.of());
            case TERRITOIRES -> acteur.territoires().isEmpty() ? new PredicatSql("false", Map.of())
                    : new PredicatSql(colonneTerritoire + " in (:" + PARAMETRE_TERRITOIRES + ")",
                            Map.of(PARAMETRE_TERRITOIRES, List.copyOf(acteur.territoires())));
            // the numéro's last five characters are its registering guichet (NumeroUnique)
            case SES_ENREGISTREMENTS -> new PredicatSql("right(" + colonneNumero + ", 5) = :" + PARAMETRE_GUICHET,
                    Map.of(PARAMETRE_GUICHET, acteur.guichetRequis()));
            case SES_DEMANDES -> acteur.demandesRattachees().isEmpty() ? new PredicatSql("false", Map.of())
                    : new PredicatSql(colonneNumero + " in (:" + PARAMETRE_NUMEROS + ")",
                            Map.of(PARAMETRE_NUMEROS, List.copyOf(acteur.demandesRattachees())));
        };
    }

    /** A SQL boolean expression and the named parameters it binds. */
    public record PredicatSql(String sql, Map<String, Object> parametres) {
    }
}
