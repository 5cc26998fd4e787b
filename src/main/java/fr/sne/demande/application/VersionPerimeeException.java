package fr.sne.demande.application;

import java.util.Map;

import fr.sne.commun.CodeMotif;

/**
 * The change was based on a version of the demande that is no longer the current one ({@code If-Match} stale,
 * or another change committed in between): nothing was written (HTTP 412).
 */
public class VersionPerimeeException extends RuntimeException {

    private final String numeroUnique;
    private final int versionAttendue;

    public VersionPerimeeException(String numeroUnique, int versionAttendue) {
        super(CodeMotif.VERSION_PERIMEE.message(Map.of("numero", numeroUnique, "version", versionAttendue)));
        this.numeroUnique = numeroUnique;
        this.versionAttendue = versionAttendue;
    }

    public CodeMotif code() {
        return CodeMotif.VERSION_PERIMEE;
    }

    public String numeroUnique() {
        return numeroUnique;
    }

    public int versionAttendue() {
        return versionAttendue;
    }
}
