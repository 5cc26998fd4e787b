package fr.sne.pieces.application;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.pieces.domaine.PlagePages;

/**
 * A piece to lodge on a demande: the file is already on disk (a multipart part, or a page range cut from a scanned
 * bundle); the caller deletes it afterwards, whatever the outcome.
 *
 * @param categorie  the code of a category of the current filing plan ({@code A_QUALIFIER} when not known yet)
 * @param personne   the person of the household it concerns, if said
 * @param pages      its page ranges with their labels (empty when not said)
 * @param nomFichier the name the sender gave it, if any: never kept, only checked (no path, an extension that fits
 *                   the content)
 * @param fichier    the bytes
 */
public record DepotPiece(String numeroUnique, String categorie, @Nullable String personne, List<PlagePages> pages,
        @Nullable String nomFichier, Path fichier) {

    public DepotPiece {
        pages = List.copyOf(pages);
    }
}
