package fr.sne.pieces;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The pieces of many demandes at once, their metadata only (never their bytes): for the bulk exports of the
 * {@code echanges} module (entity PJ), read in the caller's transaction so that an export's snapshot holds them too.
 * It answers without asking who reads: each caller asks {@code VisibiliteDemandes} first.
 */
public interface PiecesDemandes {

    /** For each of these demandes that has any, its pieces kept (not deleted) in the order lodged. */
    Map<String, List<PieceDecrite>> pieces(Collection<String> numerosUniques);

    /**
     * A piece as the exports describe it.
     *
     * @param personne      the person of the household it concerns, when given
     * @param qualification VALIDE, INEXPLOITABLE, HORS_LISTE or OBSOLETE; null until qualified
     */
    record PieceDecrite(UUID id, String categorie, @Nullable String personne, List<Pages> pages, String typeMedia,
            long taille, String sha256, @Nullable String guichet, Instant deposeeLe, @Nullable String qualification,
            boolean obsolete) {

        public PieceDecrite {
            pages = List.copyOf(pages);
        }
    }

    /** A range of pages of a piece with its own label ("pages 1–2: avis d'imposition 2022"). */
    record Pages(int de, int a, @Nullable String libelle) {
    }
}
