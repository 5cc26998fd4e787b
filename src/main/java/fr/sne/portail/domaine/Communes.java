package fr.sne.portail.domaine;

import java.util.Optional;

/** The communes of the referential, as the filing finds them from what a person types (a name, a postal code). */
public interface Communes {

    /** What a name typed gave. */
    sealed interface Resolution {
    }

    /** One commune: its INSEE code. */
    record Trouvee(String code) implements Resolution {
    }

    /** None. */
    record Inconnue() implements Resolution {
    }

    /** Several of that name, the postal code not telling which. */
    record Ambigue() implements Resolution {
    }

    /** The commune of this name with this postal code (the address). */
    Resolution adresse(String nom, String codePostal);

    /** The commune of this name, optionally followed by its postal code ("Lille", "Lille 59000"). */
    Resolution souhaitee(String saisie);

    /** @return how the person would type it back: its name, and its postal code for a commune sought */
    Optional<String> libelle(String code, boolean avecCodePostal);
}
