package fr.sne.echanges.domaine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The blocks a bulk export may hold for each demande (the interface's entity codes, issue 16 §2). Those whose data
 * the registry does not hold yet are refused by name ({@code ENTITE_NON_DISPONIBLE}), so that a vendor knows which.
 */
public enum Entite {

    /** The demande itself: its state and the content of its form (cerfa 14069). */
    CERFA(true),
    /** The DALO decisions (prioritaire et urgent) recognised, from the events of the gestion partagée. */
    DALO(true),
    /** The events of the gestion partagée (entered, decided by a commission, implied by the lifecycle). */
    EVT(true),
    /** The réservataires' designations of the demande, with the contingent each charges. */
    CONT(true),
    /** The commissions' decisions on the demande, the applicant's answers and the leases signed. */
    ATTRIB(true),
    /** The priority publics of L441-1 recognised, from the events of the gestion partagée. */
    PRIO(true),
    /** The cotation (scores): not held yet. */
    COTA(false),
    /** The pièces justificatives kept on the demande: their metadata (category, pages, type, size, SHA-256, who,
     * when, qualification), never their bytes, which are read one by one ({@code GET …/pieces/{id}}). */
    PJ(true),
    /**
     * The applicant's monthly resources from the Dispositif des ressources mensuelles (issue 19, ADR 0031), 1 to 3
     * months ({@code profondeurDrm}), as refreshed each month and published from the 26th; only for a client holding
     * the habilitation {@code drm}, of a guichet switched on for the DRM.
     */
    DRM(true);

    private final boolean disponible;

    Entite(boolean disponible) {
        this.disponible = disponible;
    }

    /** Whether the registry holds this entity's data today. */
    public boolean disponible() {
        return disponible;
    }

    public static Optional<Entite> deCode(String code) {
        return Arrays.stream(values()).filter(e -> e.name().equals(code)).findFirst();
    }
}
