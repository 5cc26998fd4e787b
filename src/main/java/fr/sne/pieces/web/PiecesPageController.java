package fr.sne.pieces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Pagination;
import fr.sne.pieces.application.DeposerPiece;
import fr.sne.pieces.application.DepotPiece;
import fr.sne.pieces.application.LirePieces;
import fr.sne.pieces.application.PieceOuverte;
import fr.sne.pieces.application.EditerFicheTransmission;
import fr.sne.pieces.application.EnvoyerCopieNumerique;
import fr.sne.pieces.application.PiecesATraiter;
import fr.sne.pieces.application.QualifierPiece;
import fr.sne.pieces.application.SupprimerPiece;
import fr.sne.pieces.domaine.Piece;

/**
 * The professional application's pages of the pieces: the forms of the tab "Pièces" of a demande's page (lodge a
 * piece, qualify one — the server refuses whoever lacks the instruction profile, whatever the page showed), the
 * display of a piece's bytes, and the page of a guichet's pieces to tidy up with its bulk deletion of obsolete
 * pieces (ADR 0026). Each form answers by a redirect to the page it came from, its outcome in a flash message.
 */
@Controller
@PagesWeb
class PiecesPageController {

    static final String ERREUR = "erreurPieces";
    static final String SUCCES = "succes";
    static final int TAILLE_PAGE = 20;

    private final QualifierPiece qualifier;
    private final SupprimerPiece supprimer;
    private final DeposerPiece deposer;
    private final LirePieces lire;
    private final PiecesATraiter aTraiter;
    private final EditerFicheTransmission fiche;
    private final EnvoyerCopieNumerique copie;
    private final ActeurCourant acteurCourant;

    PiecesPageController(QualifierPiece qualifier, SupprimerPiece supprimer, DeposerPiece deposer, LirePieces lire,
            PiecesATraiter aTraiter, EditerFicheTransmission fiche, EnvoyerCopieNumerique copie,
            ActeurCourant acteurCourant) {
        this.fiche = fiche;
        this.copie = copie;
        this.qualifier = qualifier;
        this.supprimer = supprimer;
        this.deposer = deposer;
        this.lire = lire;
        this.aTraiter = aTraiter;
        this.acteurCourant = acteurCourant;
    }

    @PostMapping("/pro/demandes/{numero}/pieces/{id}/qualification")
    String qualifier(@PathVariable String numero, @PathVariable String id,
            @RequestParam(required = false) @Nullable String qualification, RedirectAttributes suite) {
        UUID piece = uuid(id);
        try {
            Piece qualifiee = qualifier.qualifier(numero, piece, qualification == null ? "" : qualification,
                    acteurCourant.acteur());
            suite.addFlashAttribute(SUCCES, "La pièce est qualifiée « "
                    + OngletPieces.libelle(java.util.Objects.requireNonNull(qualifiee.qualification())) + " ».");
        } catch (DonneesInvalidesException | ConflitException e) {
            suite.addFlashAttribute(ERREUR, e instanceof DonneesInvalidesException invalide
                    ? invalide.erreurs().getFirst().message() : e.getMessage());
        }
        return versOnglet(numero);
    }

    @PostMapping("/pro/demandes/{numero}/pieces/{id}/suppression")
    String supprimer(@PathVariable String numero, @PathVariable String id,
            @RequestParam(required = false) @Nullable String motif, RedirectAttributes suite) {
        UUID piece = uuid(id);
        try {
            supprimer.supprimer(numero, piece, motif, acteurCourant.acteur());
            suite.addFlashAttribute(SUCCES, "La pièce est supprimée ; son motif est inscrit à l’historique de la demande.");
        } catch (DonneesInvalidesException e) {
            suite.addFlashAttribute(ERREUR, "Motif de la suppression : " + e.erreurs().getFirst().message());
        }
        return versOnglet(numero);
    }

    @PostMapping("/pro/demandes/{numero}/pieces")
    String deposer(@PathVariable String numero, @RequestParam(required = false) @Nullable String categorie,
            @RequestParam(required = false) @Nullable MultipartFile fichier, RedirectAttributes suite) {
        Acteur acteur = acteurCourant.acteur();
        if (fichier == null || fichier.isEmpty() || categorie == null || categorie.isBlank()) {
            suite.addFlashAttribute(ERREUR, "Choisissez la catégorie de la pièce et son fichier.");
            return versOnglet(numero);
        }
        Path temporaire = null;
        try {
            temporaire = Files.createTempFile("sne-piece-", ".part");
            try (InputStream flux = fichier.getInputStream()) {
                Files.copy(flux, temporaire, StandardCopyOption.REPLACE_EXISTING);
            }
            deposer.deposer(new DepotPiece(numero, categorie, null, List.of(), fichier.getOriginalFilename(),
                    temporaire), acteur);
            suite.addFlashAttribute(SUCCES, "La pièce est déposée sur la demande.");
        } catch (DonneesInvalidesException e) {
            suite.addFlashAttribute(ERREUR, e.erreurs().isEmpty() ? e.getMessage() : e.erreurs().getFirst().message());
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            supprimer(temporaire);
        }
        return versOnglet(numero);
    }

    /** The fiche de transmission of the demande (PDF/UA with its signed QR code), downloaded from the tab. */
    @GetMapping("/pro/demandes/{numero}/fiche-transmission")
    ResponseEntity<byte[]> ficheTransmission(@PathVariable String numero) {
        versOnglet(numero);
        return FeuillesController.fiche(numero, fiche.executer(numero, acteurCourant.acteur()));
    }

    /** Sends the applicant a digital copy of the dossier (movement COP); the outcome in the tab's message. */
    @PostMapping("/pro/demandes/{numero}/copie-numerique")
    String copieNumerique(@PathVariable String numero, RedirectAttributes suite) {
        String retour = versOnglet(numero);
        try {
            EnvoyerCopieNumerique.Envoi envoi = copie.executer(numero, acteurCourant.acteur());
            suite.addFlashAttribute(SUCCES, "La copie numérique du dossier (" + envoi.pieces()
                    + (envoi.pieces() > 1 ? " pièces" : " pièce") + " listées) est envoyée au demandeur.");
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
        }
        return retour;
    }

    /** A piece's bytes, shown in the browser (each display journalled by the use case). */
    @GetMapping("/pro/demandes/{numero}/pieces/{id}")
    ResponseEntity<InputStreamResource> afficher(@PathVariable String numero, @PathVariable String id) {
        PieceOuverte ouverte = lire.ouvrir(uuid(id), acteurCourant.acteur());
        if (!ouverte.piece().numeroUnique().equals(numero)) {
            try {
                ouverte.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new RessourceIntrouvableException("Pièce introuvable : " + id);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ouverte.piece().typeMedia()))
                .contentLength(ouverte.piece().taille())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("piece-" + ouverte.piece().id() + extension(ouverte.piece().typeMedia())).build()
                        .toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(ouverte.contenu()));
    }

    // ---- a guichet's pieces to tidy up

    @GetMapping("/pro/pieces/a-traiter")
    String aTraiter(@RequestParam(required = false) @Nullable String page, Model modele) {
        int numero = page != null && page.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(page) : 1;
        PiecesATraiter.Page lue = aTraiter.lister(acteurCourant.acteur(), numero - 1, TAILLE_PAGE);
        modele.addAttribute("resultats", lue);
        modele.addAttribute("pagination", Pagination.numerotee("/pro/pieces/a-traiter", Map.of(), numero,
                (int) Math.max(1, lue.pages())));
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        return "pieces/a-traiter";
    }

    @PostMapping("/pro/pieces/suppressions-obsoletes")
    String supprimerObsoletes(@RequestParam(required = false) @Nullable List<String> demandes,
            @RequestParam(required = false) @Nullable String confirmation, RedirectAttributes suite) {
        if (!"oui".equals(confirmation)) {
            suite.addFlashAttribute(ERREUR, "Cochez la case de confirmation pour supprimer les pièces obsolètes.");
            return "redirect:/pro/pieces/a-traiter";
        }
        try {
            PiecesATraiter.Bilan bilan = aTraiter.supprimerObsoletes(acteurCourant.acteur(),
                    demandes == null ? List.of() : demandes);
            suite.addFlashAttribute(SUCCES, bilan.pieces() == 0 ? "Aucune pièce obsolète à supprimer."
                    : bilan.pieces() + " pièce(s) obsolète(s) supprimée(s) sur " + bilan.demandes() + " demande(s).");
        } catch (DonneesInvalidesException e) {
            suite.addFlashAttribute(ERREUR, e.erreurs().getFirst().message());
        }
        return "redirect:/pro/pieces/a-traiter";
    }

    /** A form posted after the session expired comes back as a GET: the page it came from. */
    @GetMapping({"/pro/demandes/{numero}/pieces", "/pro/demandes/{numero}/pieces/{id}/qualification",
        "/pro/demandes/{numero}/pieces/{id}/suppression", "/pro/demandes/{numero}/copie-numerique"})
    String retour(@PathVariable String numero) {
        return versOnglet(numero);
    }

    @GetMapping("/pro/pieces/suppressions-obsoletes")
    String retourATraiter() {
        return "redirect:/pro/pieces/a-traiter";
    }

    private static String versOnglet(String numero) {
        if (!numero.matches("[0-9A-Z]{18}")) {
            throw new RessourceIntrouvableException("Demande introuvable.");
        }
        return "redirect:/pro/demandes/" + numero + "?onglet=" + OngletPieces.CODE;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RessourceIntrouvableException("Pièce introuvable.");
        }
    }

    private static String extension(String typeMedia) {
        return switch (typeMedia) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
    }

    private static void supprimer(@Nullable Path fichier) {
        if (fichier != null) {
            try {
                Files.deleteIfExists(fichier);
            } catch (IOException e) {
                // a temporary file the system cleans up
            }
        }
    }
}
