package fr.sne.gestion;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * What the applicant sees of his demande's events of the gestion partagée (ADR 0013): those the catalogue marks
 * visible to him, and none where his demande's territory has not switched that view on; each with only its name,
 * date and guichet. For the public portal (its page, its notifications), which never reads the gestion's tables.
 */
public interface EvenementsDuDemandeur {

    /**
     * The applicant's view of a demande the actor may see.
     *
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, or out of the actor's reach (the same 404)
     */
    Vue evenements(String numeroUnique, Acteur acteur);

    /**
     * @param visibiliteActivee whether the demande's territory shows the applicant his events (false: the list is
     *                          empty)
     * @param evenements        oldest first
     */
    record Vue(String numeroUnique, String territoire, boolean visibiliteActivee, List<Evenement> evenements) {

        public Vue {
            evenements = List.copyOf(evenements);
        }
    }

    /**
     * One event as the applicant sees it.
     *
     * @param mouvement the movement it was read from (two events derived from one movement share it)
     * @param libelle   the catalogue's name
     * @param guichet   the name of the guichet that recorded it, null when the registry did
     */
    record Evenement(long mouvement, String code, String libelle, LocalDate date, @Nullable String guichet) {
    }
}
