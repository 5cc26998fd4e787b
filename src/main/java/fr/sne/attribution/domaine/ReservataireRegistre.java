package fr.sne.attribution.domaine;

import java.util.List;
import java.util.Optional;

/**
 * Port: the stored list of réservataires and the guichets that act for them (table {@code reservataire},
 * {@code reservataire_guichet}). Declared here rather than in {@code application} because the architecture test
 * forbids {@code infrastructure} to depend on {@code application}; the use cases depend on it, {@code infrastructure}
 * implements it.
 */
public interface ReservataireRegistre {

    Optional<ReservataireInscrit> parId(long id);

    /** @return the réservataires of a territory, sorted by kind then name */
    List<ReservataireInscrit> duTerritoire(String territoire);

    /** @return true when another réservataire of the territory already has this name */
    boolean nomPris(String territoire, String nom, long saufId);

    /** @return the réservataire a guichet acts for, if any */
    Optional<Long> reservataireDuGuichet(String codeGuichet);

    /** @return the new réservataire's id */
    long inscrire(ReservataireSaisi saisie, String territoire);

    void modifier(long id, ReservataireSaisi saisie);
}
