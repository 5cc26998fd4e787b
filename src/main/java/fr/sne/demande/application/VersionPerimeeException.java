package fr.sne.demande.application;

import fr.sne.demande.domaine.CodesCycleDeVie;

/**
 * The change was based on a version of the demande that is no longer the current one ({@code If-Match} stale,
 * or another change committed in between): nothing was written (HTTP 412).
 */
public class VersionPerimeeException extends RuntimeException {

    private final String numeroUnique;
    private final int versionAttendue;

    public VersionPerimeeException(String numeroUnique, int versionAttendue) {
        super("La demande " + numeroUnique + " a été modifiée depuis sa version " + versionAttendue
                + " : relisez-la (nouvel ETag) et refaites votre changement sur sa version actuelle.");
        this.numeroUnique = numeroUnique;
        this.versionAttendue = versionAttendue;
    }

    public String code() {
        return CodesCycleDeVie.VERSION_PERIMEE;
    }

    public String numeroUnique() {
        return numeroUnique;
    }

    public int versionAttendue() {
        return versionAttendue;
    }
}
