package fr.sne.commun.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a PDF says of itself: title (also the {@code <title>} the template prints), author, subject, creation
 * instant, and a seed for its file identifier. Everything comes from the caller, so that the same input always
 * gives the same bytes.
 */
public record ProprietesDocument(String titre, String auteur, String sujet, Instant creeLe, String graine) {

    public ProprietesDocument {
        Objects.requireNonNull(titre, "titre");
        Objects.requireNonNull(auteur, "auteur");
        Objects.requireNonNull(sujet, "sujet");
        Objects.requireNonNull(creeLe, "creeLe");
        Objects.requireNonNull(graine, "graine");
    }
}
