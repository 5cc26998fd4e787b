package fr.sne.portail.application.port;

import java.time.Instant;
import java.util.Optional;

/** The demandes' personal codes, as keyed hashes ({@code code_personnel}). */
public interface CodesPersonnelsStock {

    /** The current generation of a demande's code and its keyed hash. */
    record CodeEnregistre(int generation, String empreinte) {
    }

    /** @return the demande's current code, or empty when it has none */
    Optional<CodeEnregistre> lire(String numeroUnique);

    /**
     * Records a generation of the demande's code (the first one, or the next one in place of the former).
     *
     * @return false when the demande already had this generation or a later one (nothing written)
     */
    boolean enregistrer(String numeroUnique, int generation, String empreinte, Instant le, String parType,
            String par);
}
