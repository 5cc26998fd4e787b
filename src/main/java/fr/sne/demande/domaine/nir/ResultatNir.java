package fr.sne.demande.domaine.nir;

import java.util.Objects;

/** Outcome of {@link Nir#analyser(String)}: either a valid NIR or a reason code with a French message. */
public sealed interface ResultatNir {

    /** The input is a well-formed NIR whose key matches. */
    record Valide(Nir nir) implements ResultatNir {
        public Valide {
            Objects.requireNonNull(nir, "nir");
        }
    }

    /**
     * The input is not a valid NIR.
     *
     * @param code one of {@link Nir#CODE_FORMAT}, {@link Nir#CODE_SEXE}, {@link Nir#CODE_MOIS}, {@link Nir#CODE_CLE}
     * @param message explanation in French, safe to show to the user (never echoes the full input)
     */
    record Invalide(String code, String message) implements ResultatNir {
        public Invalide {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
