package fr.sne.pieces;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * The pieces as the applicant handles them on the public portal (issue 18 §3): the categories of the filing plan
 * in force with what is still expected of his demande and how many he has lodged, the limits a file must respect,
 * and the lodging of a file, checked exactly as any other lodging (the pièces module's own rules). For an actor that
 * may see the demande; the portal never reads the pieces' tables.
 */
public interface PiecesDuDemandeur {

    /**
     * The plan's categories, in its order, for a demande the actor may see (the category of scanned pieces waiting
     * for their category left out).
     *
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, out of the actor's reach, or erased
     */
    List<CategorieDemandeur> categories(String numeroUnique, Acteur acteur);

    /** What a file must be to be lodged. */
    Limites limites();

    /**
     * Lodges a file on the demande for the actor (its movement names the actor and his guichet), as any lodging.
     *
     * @param typeDeclare the type the sender declared (a multipart part's Content-Type), null when none
     * @return the id of the piece lodged
     * @throws fr.sne.commun.DonneesInvalidesException field by field ({@code fichier}, {@code categorie}): nothing
     *                                                 written
     * @throws fr.sne.commun.ConflitException          a radiated demande, a full category, the same file twice
     */
    UUID deposer(String numeroUnique, String categorie, @Nullable String nomFichier, @Nullable String typeDeclare,
            Path fichier, Acteur acteur);

    /**
     * A category of the plan for this demande.
     *
     * @param nature     ENREGISTREMENT, INSTRUCTION or COMPLEMENTAIRE
     * @param maximum    the most pieces of it a demande holds
     * @param attendue   still expected: needed and holding no valid, current piece
     * @param deposees   the pieces of it the demande holds (not deleted)
     */
    record CategorieDemandeur(String code, String libelle, String nature, int maximum, boolean attendue,
            int deposees) {
    }

    /**
     * @param tailleMax  the largest file, in bytes
     * @param extensions the extensions accepted (the content decides: PDF, JPEG or PNG)
     */
    record Limites(long tailleMax, List<String> extensions) {

        public Limites {
            extensions = List.copyOf(extensions);
        }
    }
}
