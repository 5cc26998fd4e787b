package fr.sne.demande;

import java.time.LocalDate;
import java.util.List;

/**
 * The active demandes of a person, found by the identity a provider vouched for (birth name, first names, birth
 * date), for the portal's "forgotten numéro" (ADR 0027): it sends each demande's numéro and a new code to the
 * demande's own address, never to the screen. A match is the duplicates' one (same normalised birth name and birth
 * date) with the same first given name, as demandeur or co-demandeur.
 */
public interface DemandesParIdentite {

    /** @return the numéros unique of the active demandes of this person, oldest first (empty when none) */
    List<String> actives(String nomNaissance, String prenoms, LocalDate dateNaissance);
}
