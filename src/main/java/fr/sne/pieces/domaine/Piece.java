package fr.sne.pieces.domaine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a demande, as its metadata: the bytes are in the store under a key made of its id.
 *
 * @param categorie     the code of its category in the filing plan
 * @param personne      the person of the household it concerns, if said
 * @param pages         its page ranges with their labels (empty when not said)
 * @param typeMedia     application/pdf, image/jpeg or image/png, as recognised from its content
 * @param taille        its size in bytes
 * @param sha256        the SHA-256 of its bytes, in lowercase hexadecimal
 * @param guichet       the guichet that lodged it; null for an actor acting for no guichet
 * @param qualification an agent's verdict, if any
 * @param obsolete      whether it is too old by its category's rule (computed nightly) or qualified so
 */
public record Piece(UUID id, String numeroUnique, String categorie, @Nullable String personne, List<PlagePages> pages,
        String typeMedia, long taille, String sha256, @Nullable String guichet, Instant deposeeLe,
        @Nullable Qualification qualification, boolean obsolete) {

    public Piece {
        pages = List.copyOf(pages);
    }

    /** Whether it counts as a piece the demande holds: not judged unusable, outside the list, or obsolete. */
    public boolean valide() {
        return !obsolete && (qualification == null || qualification == Qualification.VALIDE);
    }
}
