package fr.sne.pieces.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.pieces.application.PiecesATraiter;
import fr.sne.pieces.application.QualifierPiece;
import fr.sne.pieces.domaine.Piece;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The instruction of the pieces through the API (ADR 0026): qualification, pieces to tidy up, bulk deletion. */
@RestController
@ControleurApi
@Tag(name = "Pièces justificatives", description = "Pièces justificatives des demandes (dossier unique, article "
        + "R441-2-4-1 du CCH)")
class InstructionPiecesController {

    private final QualifierPiece qualifier;
    private final PiecesATraiter aTraiter;
    private final ActeurCourant acteur;

    InstructionPiecesController(QualifierPiece qualifier, PiecesATraiter aTraiter, ActeurCourant acteur) {
        this.qualifier = qualifier;
        this.aTraiter = aTraiter;
        this.acteur = acteur;
    }

    /** The verdict sent. */
    record SaisieQualification(@Schema(description = "VALIDE, INEXPLOITABLE ou HORS_LISTE")
            @Nullable String qualification) {
    }

    /** A piece after its qualification. */
    record QualificationVue(UUID id, String numeroUnique, String categorie,
            @Schema(description = "VALIDE, INEXPLOITABLE, HORS_LISTE ou OBSOLETE") @Nullable String qualification,
            boolean obsolete) {

        static QualificationVue de(Piece p) {
            return new QualificationVue(p.id(), p.numeroUnique(), p.categorie(),
                    p.qualification() == null ? null : p.qualification().name(), p.obsolete());
        }
    }

    @PostMapping(path = "/v1.0/demandes/{numeroUnique}/pieces/{id}/qualification",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Qualifier une pièce", description = "Le verdict d'un instructeur sur une pièce de la "
            + "demande : VALIDE, INEXPLOITABLE (illisible, incomplète…) ou HORS_LISTE (hors de la liste "
            + "réglementaire des pièces). Il demande l'habilitation « instruction », que le gestionnaire territorial "
            + "accorde au client du guichet comme il accorde le profil « instruction » à un agent : le logiciel agit "
            + "pour les agents instructeurs du guichet. Chaque qualification est enregistrée avec son auteur et sa date "
            + "et forme un mouvement PJQ ; le même verdict une seconde fois ne change rien. OBSOLETE ne se donne pas : "
            + "le registre le calcule chaque nuit selon la règle de la catégorie.")
    @ApiResponse(responseCode = "200", description = "La pièce qualifiée")
    @ApiResponse(responseCode = "403", description = "Sans l'habilitation instruction (HABILITATION_MANQUANTE) ou "
            + "sans le profil (PROFIL_INSTRUCTION_REQUIS)")
    @ApiResponse(responseCode = "404", description = "Pièce inconnue, supprimée, ou d'une demande que l'appelant ne "
            + "voit pas")
    @ApiResponse(responseCode = "409", description = "Pièce obsolète (PIECE_OBSOLETE)")
    @ApiResponse(responseCode = "422", description = "Qualification absente ou inconnue (QUALIFICATION_INVALIDE)")
    QualificationVue qualifier(@PathVariable String numeroUnique, @PathVariable String id,
            @RequestBody SaisieQualification saisie) {
        UUID piece;
        try {
            piece = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new fr.sne.commun.RessourceIntrouvableException("Pièce introuvable : identifiant invalide");
        }
        return QualificationVue.de(qualifier.qualifier(numeroUnique, piece,
                saisie.qualification() == null ? "" : saisie.qualification(), acteur.acteur()));
    }

    /** A demande with pieces to tidy up. */
    record DemandeATraiterVue(String numeroUnique, int piecesObsoletes, List<String> categoriesPleines) {
    }

    /** A page of them. */
    record ATraiterVue(int page, int taille, long total, List<DemandeATraiterVue> demandes) {
    }

    @GetMapping("/v1.0/pieces/a-traiter")
    @Operation(summary = "Demandes dont les pièces sont à traiter", description = "Les demandes que l'appelant "
            + "voit (son territoire) ayant des pièces obsolètes ou des catégories pleines (autant de pièces que leur "
            + "maximum), par numéro unique, une page à la fois.")
    @ApiResponse(responseCode = "200", description = "Une page de demandes")
    @ApiResponse(responseCode = "422", description = "page ou taille hors bornes (HORS_BORNES)")
    ATraiterVue aTraiter(
            @Parameter(description = "Numéro de page, à partir de 0") @RequestParam(defaultValue = "0") String page,
            @Parameter(description = "Demandes par page, de 1 à 100") @RequestParam(defaultValue = "20") String taille) {
        PiecesATraiter.Page lue = aTraiter.lister(acteur.acteur(), entier("page", page), entier("taille", taille));
        return new ATraiterVue(lue.page(), lue.taille(), lue.total(), lue.demandes().stream()
                .map(d -> new DemandeATraiterVue(d.numeroUnique(), d.obsoletes(), d.pleines())).toList());
    }

    /** The demandes whose obsolete pieces go; none: every demande of the caller's scope. */
    record SaisieSuppression(@Schema(description = "Numéros uniques (500 au plus) ; absent ou vide : toutes les "
            + "demandes visibles de l'appelant") @Nullable List<String> demandes) {
    }

    /** What a bulk deletion did. */
    record BilanVue(@Schema(description = "Demandes dont des pièces ont été supprimées") int demandes,
            @Schema(description = "Pièces supprimées") int pieces) {
    }

    @PostMapping(path = "/v1.0/pieces/suppressions-obsoletes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Supprimer en masse les pièces obsolètes", description = "Supprime, en une seule "
            + "transaction, les pièces obsolètes des demandes nommées (ou de toutes celles que l'appelant voit), "
            + "quel que soit le guichet qui les a déposées : chacune forme un mouvement PJS au motif « "
            + PiecesATraiter.MOTIF + " ». Répond le nombre de demandes et de pièces concernées.")
    @ApiResponse(responseCode = "200", description = "Le bilan")
    @ApiResponse(responseCode = "422", description = "Plus de 500 numéros (TAILLE) ou numéro mal formé "
            + "(FORMAT_INVALIDE) ; rien n'a été supprimé")
    BilanVue supprimerObsoletes(@RequestBody SaisieSuppression saisie) {
        PiecesATraiter.Bilan bilan = aTraiter.supprimerObsoletes(acteur.acteur(),
                saisie.demandes() == null ? List.of() : saisie.demandes());
        return new BilanVue(bilan.demandes(), bilan.pieces());
    }

    private static int entier(String champ, String valeur) {
        if (!valeur.matches("[0-9]{1,6}")) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de(champ, CodeMotif.HORS_BORNES)));
        }
        return Integer.parseInt(valeur);
    }
}
