package fr.sne.guichet;

import java.util.Optional;

/** Look-up of guichets enregistreurs. */
public interface Guichets {

    /** @return the guichet with this code, active or not, if it exists */
    Optional<Guichet> parCode(String code);
}
