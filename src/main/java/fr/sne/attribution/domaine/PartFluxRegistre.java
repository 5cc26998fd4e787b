package fr.sne.attribution.domaine;

import java.util.List;

/** Port: the stored shares of the flux (table {@code part_flux}). */
public interface PartFluxRegistre {

    /**
     * The shares of a bailleur's flux for a year, read under a lock of that bailleur and year held until the end of
     * the transaction, so that two gestionnaires setting shares at once cannot together exceed a cap.
     */
    PartsFluxBailleur verrouiller(String sirenBailleur, int annee);

    /** Writes (or replaces) a share. */
    void enregistrer(PartFlux part, String auteur);

    /** @return a réservataire's shares for a year, one per bailleur */
    List<PartFlux> duReservataire(long reservataire, int annee);
}
