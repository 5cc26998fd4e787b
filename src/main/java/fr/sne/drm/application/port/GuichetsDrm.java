package fr.sne.drm.application.port;

import java.time.Instant;
import java.util.List;

import fr.sne.commun.acteur.Acteur;

/** The per-guichet switch of the DRM ({@code drm_guichet}) and its journal ({@code drm_guichet_journal}). */
public interface GuichetsDrm {

    /** @return whether this guichet is switched on now */
    boolean estOuvert(String guichet);

    /** The guichets switched on, by code. */
    List<GuichetOuvert> ouverts();

    /**
     * Switches the guichet on or off and journals it, in the caller's transaction.
     *
     * @return false when it already was in that state (nothing written)
     */
    boolean regler(String guichet, boolean ouvert, Acteur acteur, Instant le);

    /** The last changes of these guichets, newest first. */
    List<Changement> journal(List<String> guichets, int limite);

    /** A guichet switched on: since when, by whom. */
    record GuichetOuvert(String guichet, Instant depuis, String par) {
    }

    /** A line of the journal: switched on ({@code ouvert}) or off, by whom, when. */
    record Changement(String guichet, boolean ouvert, String acteurType, String acteur, Instant le) {
    }
}
