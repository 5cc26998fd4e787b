package fr.sne.demande;

import java.util.Optional;

/**
 * The personal code of a demande (ADR 0027): with its numéro unique, it attaches the demande to the applicant's
 * account on the portal. The portal creates and keeps it (only a keyed hash is stored); the attestation prints the
 * current one. Provided by the portail module; absent, the attestation prints none.
 */
public interface CodesPersonnels {

    /** @return the demande's current personal code, or empty when it has none (registered before the portal) */
    Optional<String> codeActuel(String numeroUnique);
}
