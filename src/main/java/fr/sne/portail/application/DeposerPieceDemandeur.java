package fr.sne.portail.application;

import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.PiecesDuDemandeur;

/**
 * The applicant lodges a piece from his phone or computer (a photo or a PDF): through the pièces module's lodging,
 * with him as the actor (his movement names him, on behalf of the portal's guichet), checked as any other: a file
 * that is not what it claims, too large, empty, the same twice, or a full category is refused and nothing written.
 */
@Service
public class DeposerPieceDemandeur {

    private final PiecesDuDemandeur pieces;

    DeposerPieceDemandeur(PiecesDuDemandeur pieces) {
        this.pieces = pieces;
    }

    public UUID executer(String numeroUnique, String categorie, @Nullable String nomFichier,
            @Nullable String typeDeclare, Path fichier, Acteur acteur) {
        return pieces.deposer(numeroUnique, categorie, nomFichier, typeDeclare, fichier, acteur);
    }
}
