package fr.sne.pieces.domaine;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scanned paper Cerfa in the national entry centre's data-entry queue (ADR 0025): it has no demande yet. Pages
 * {@code 1..pagesCerfa} are the form, the following ones the pieces the applicant attached. It holds no personal data:
 * the person is in the scan only.
 *
 * @param reference    the digitisation provider's own reference of the envelope, if given
 * @param clientApi    the provider's API client that sent it
 * @param brouillon    the registration draft the centre's agent types it in, once started
 * @param saisiePar    that agent
 * @param numeroUnique the demande registered from it, once filed
 */
public record CerfaNumerise(UUID id, String sha256, long taille, int pages, int pagesCerfa, @Nullable String reference,
        String clientApi, Instant recuLe, Etat etat, @Nullable UUID brouillon, @Nullable String saisiePar,
        @Nullable String numeroUnique, @Nullable Instant saisiLe) {

    /** Where it is in the queue. */
    public enum Etat {
        /** waiting for (or in) data entry */
        A_SAISIR,
        /** registered and filed on its demande as pieces: out of the queue */
        SAISI
    }

    public CerfaNumerise {
        if (pages < 1 || pagesCerfa < 1 || pagesCerfa > pages) {
            throw new IllegalArgumentException("pages invalides : " + pagesCerfa + " sur " + pages);
        }
    }

    /** The store's key of its bytes: names no one. */
    public static String cleStockage(UUID id) {
        return "cerfas/" + id;
    }

    /** @return whether pieces the applicant attached follow the form */
    public boolean aDesPiecesJointes() {
        return pages > pagesCerfa;
    }
}
