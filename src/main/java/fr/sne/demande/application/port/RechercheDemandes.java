package fr.sne.demande.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.DemandeTrouvee;

/** The search for demandes of the professional application, which journals the accesses of the page it returns. */
public interface RechercheDemandes {

    /**
     * A page of the demandes visible under this predicate matching the criteria, the latest deposited first, each
     * line of the page recorded in the access journal as displayed to {@code acteur} at {@code maintenant}.
     *
     * @param numero     an exact numéro unique, or null
     * @param nomCle     the folded birth name of an adult of the demande, or null
     * @param prenomsCle the folded first names the adult's begin with (whole words), or null
     * @param naissance  the adult's birth date, or null
     */
    Page rechercher(VisibiliteDemandes.PredicatSql visibilite, @Nullable String numero, @Nullable String nomCle,
            @Nullable String prenomsCle, @Nullable LocalDate naissance, int limite, long decalage, Acteur acteur,
            Instant maintenant);

    /** A page of results and how many demandes match in all. */
    record Page(List<DemandeTrouvee> lignes, long total) {
    }
}
