package fr.sne.gestion.domaine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An entry of the national catalogue of the events of the gestion partagée (table {@code evenement_catalogue}):
 * a kind of event every actor of a territory shares about a demande. Not to be confused with the demande module's
 * typed domain events ({@code EvenementDemande}).
 *
 * @param code              its stable code (e.g. {@code DECISION_DALO}, {@code DESCAL})
 * @param libelle           its name, as professionals and the applicant read it
 * @param description       what it means
 * @param visibleDemandeur  whether the applicant sees it (where his territory has switched the applicant's view on)
 * @param origine           how an occurrence comes to exist
 * @param typesGuichet      the types of guichet that may enter it (only for {@link OrigineEvenement#SAISIE})
 * @param donneesRequises   the data an occurrence must carry
 * @param donneesFacultatives the data an occurrence may carry
 */
public record TypeEvenement(String code, String libelle, String description, boolean visibleDemandeur,
        OrigineEvenement origine, Set<String> typesGuichet, List<DonneeEvenement> donneesRequises,
        List<DonneeEvenement> donneesFacultatives) {

    public TypeEvenement {
        typesGuichet = Set.copyOf(new TreeSet<>(typesGuichet));
        donneesRequises = List.copyOf(donneesRequises);
        donneesFacultatives = List.copyOf(donneesFacultatives);
        if ((origine == OrigineEvenement.SAISIE) == typesGuichet.isEmpty()) {
            throw new IllegalArgumentException("seul un événement saisi a des types de guichet : " + code);
        }
    }

    /** Whether a guichet enters it by hand (else the registry derives or creates it). */
    public boolean saisissable() {
        return origine == OrigineEvenement.SAISIE;
    }

    /** Whether a guichet of this type (BAILLEUR, ETAT…) may enter it. */
    public boolean saisissablePar(String typeGuichet) {
        return saisissable() && typesGuichet.contains(typeGuichet);
    }

    /** Whether an occurrence may carry this datum. */
    public boolean admet(DonneeEvenement donnee) {
        return donneesRequises.contains(donnee) || donneesFacultatives.contains(donnee);
    }
}
