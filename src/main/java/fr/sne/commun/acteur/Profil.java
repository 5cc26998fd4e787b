package fr.sne.commun.acteur;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent of a guichet may do beyond his role, one capability each (ADR 0026): the one list of per-agent
 * profiles, their codes ({@code compte_agent_profil.profil}) and labels. The gestionnaire territorial grants them
 * to the agents of his territory's guichets, the national administrator to any agent; the agent's {@link Acteur}
 * carries those he holds now, read from SNE's record of his account at sign-in and on every request. An API client
 * holds none: its rights are its habilitations (ADR 0017).
 */
public enum Profil {

    /** May qualify a demande's pieces (valid, unusable, outside the regulatory list). */
    INSTRUCTION("Instruction", "Qualifier les pièces justificatives des demandes : valide, inexploitable, hors de la "
            + "liste réglementaire."),
    /**
     * May read the applicants' monthly resources from the Dispositif des ressources mensuelles (issue 19, ADR 0031),
     * where his guichet is switched on for the DRM.
     */
    DRM("Ressources mensuelles (DRM)", "Lire les ressources mensuelles des demandeurs transmises par le Dispositif "
            + "des ressources mensuelles (DRM), là où le guichet est ouvert à la DRM.");

    private final String libelle;
    private final String description;

    Profil(String libelle, String description) {
        this.libelle = libelle;
        this.description = description;
    }

    /** The code: the stored value and the name in forms. */
    public String code() {
        return name();
    }

    public String libelle() {
        return libelle;
    }

    /** What it lets an agent do, in French. */
    public String description() {
        return description;
    }

    /** The profile of this code, exactly. */
    public static Optional<Profil> deCode(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }

    /** The profiles of these stored codes; a code this version does not know is ignored. */
    public static Set<Profil> deCodes(String... codes) {
        Set<Profil> profils = EnumSet.noneOf(Profil.class);
        for (String code : codes) {
            deCode(code).ifPresent(profils::add);
        }
        return profils;
    }
}
