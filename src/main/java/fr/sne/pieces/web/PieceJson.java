package fr.sne.pieces.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.sne.pieces.domaine.Piece;
import io.swagger.v3.oas.annotations.media.Schema;

/** A piece's metadata as the API writes them. */
@Schema(name = "Piece", description = "Une pièce justificative d'une demande : ses métadonnées (le fichier se lit à "
        + "l'adresse contenu)")
record PieceJson(
        @Schema(description = "Identifiant de la pièce") UUID id,
        String numeroUnique,
        @Schema(description = "Code de sa catégorie dans le plan de classement") String categorie,
        @Schema(description = "La personne du ménage qu'elle concerne : DEMANDEUR, CO_DEMANDEUR:n, "
                + "PERSONNE_A_CHARGE:n") @Nullable String personne,
        @Schema(description = "Ses plages de pages et leur libellé") List<PagesJson> pages,
        @Schema(description = "application/pdf, image/jpeg ou image/png, reconnu à son contenu") String typeMedia,
        @Schema(description = "Taille en octets") long taille,
        @Schema(description = "Empreinte SHA-256 du fichier (hexadécimal)") String sha256,
        @Schema(description = "Le guichet qui l'a déposée") @Nullable String guichet,
        Instant deposeeLe,
        @Schema(description = "Qualification par un agent : VALIDE, INEXPLOITABLE, HORS_LISTE, OBSOLETE")
        @Nullable String qualification,
        @Schema(description = "Obsolète selon la règle de sa catégorie (ou qualifiée ainsi)") boolean obsolete,
        @Schema(description = "Adresse du fichier") String contenu) {

    /** A range of pages and its label. */
    @Schema(name = "PagesPiece")
    record PagesJson(int de, int a, @Nullable String libelle) {
    }

    static PieceJson de(Piece p) {
        return new PieceJson(p.id(), p.numeroUnique(), p.categorie(), p.personne(), p.pages().stream()
                .map(g -> new PagesJson(g.de(), g.a(), g.libelle())).toList(), p.typeMedia(), p.taille(), p.sha256(),
                p.guichet(), p.deposeeLe(), p.qualification() == null ? null : p.qualification().name(),
                p.obsolete(), "/v1.0/demandes/" + p.numeroUnique() + "/pieces/" + p.id());
    }
}
