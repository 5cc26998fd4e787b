package fr.sne.portail.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.PiecesDuDemandeur;
import fr.sne.portail.application.DeposerPieceDemandeur;
import fr.sne.portail.application.SuivreDemande;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's pages that follow a demande (issue 18 §3), besides the fragment of its page: the documents (what is
 * still expected, the lodging of a photo or a PDF from a phone, with the filing plan's limits in plain words) and
 * who consulted it. Every route is under {@code /portail/demandes/{numero}}: the portal's guard answers 404 for a
 * numéro not attached to the account before these run, and each asks again.
 */
@Controller
class SuiviController {

    private final SuivreDemande suivre;
    private final DeposerPieceDemandeur deposer;
    private final DemandeurConnecte demandeur;

    SuiviController(SuivreDemande suivre, DeposerPieceDemandeur deposer, DemandeurConnecte demandeur) {
        this.suivre = suivre;
        this.deposer = deposer;
        this.demandeur = demandeur;
    }

    @GetMapping("/portail/demandes/{numero}/pieces")
    String pieces(@PathVariable String numero, Model modele) {
        String n = demandeur.numeroRattache(numero);
        modele.addAttribute("numero", n);
        modele.addAttribute("suivi", suivre.executer(n, demandeur.acteur()));
        return "portail/suivi-pieces";
    }

    @GetMapping("/portail/demandes/{numero}/pieces/{categorie}")
    String formulaire(@PathVariable String numero, @PathVariable String categorie, Model modele) {
        return formulaire(demandeur.numeroRattache(numero), categorie, modele, null);
    }

    @PostMapping("/portail/demandes/{numero}/pieces/{categorie}")
    String deposer(@PathVariable String numero, @PathVariable String categorie,
            @RequestParam(required = false) @Nullable MultipartFile fichier, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        String n = demandeur.numeroRattache(numero);
        Acteur acteur = demandeur.acteur();
        if (fichier == null || fichier.isEmpty()) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formulaire(n, categorie, modele, "suivi.refus.aucun-fichier");
        }
        Path temporaire = null;
        try {
            temporaire = Files.createTempFile("sne-portail-piece-", ".part");
            try (InputStream flux = fichier.getInputStream()) {
                Files.copy(flux, temporaire, StandardCopyOption.REPLACE_EXISTING);
            }
            deposer.executer(n, categorie, fichier.getOriginalFilename(), fichier.getContentType(), temporaire,
                    acteur);
        } catch (DonneesInvalidesException e) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formulaire(n, categorie, modele, cleRefus(e.erreurs().isEmpty() ? null
                    : e.erreurs().getFirst().code()));
        } catch (ConflitException e) {
            reponse.setStatus(HttpStatus.CONFLICT.value());
            return formulaire(n, categorie, modele, cleRefus(e.code()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            supprimer(temporaire);
        }
        suite.addFlashAttribute("succesCle", "suivi.pieces.deposee");
        return "redirect:/portail/demandes/" + n + "/pieces";
    }

    @GetMapping("/portail/demandes/{numero}/consultations")
    String consultations(@PathVariable String numero, Model modele) {
        String n = demandeur.numeroRattache(numero);
        modele.addAttribute("numero", n);
        modele.addAttribute("suivi", suivre.executer(n, demandeur.acteur()));
        return "portail/suivi-consultations";
    }

    /** The form for one category of the plan; an unknown category is the page of an unknown address. */
    private String formulaire(String numero, String categorie, Model modele, @Nullable String refusCle) {
        SuivreDemande.Suivi suivi = suivre.executer(numero, demandeur.acteur());
        Optional<PiecesDuDemandeur.CategorieDemandeur> choisie = java.util.stream.Stream.concat(
                suivi.attendues().stream(), suivi.autres().stream()).filter(c -> c.code().equals(categorie))
                .findFirst();
        if (choisie.isEmpty()) {
            throw new DemandeIntrouvable();
        }
        modele.addAttribute("numero", numero);
        modele.addAttribute("suivi", suivi);
        modele.addAttribute("categorie", choisie.get());
        modele.addAttribute("refusCle", refusCle);
        return "portail/suivi-depot";
    }

    /** The refusals the applicant is told in his own words; any other one by a general sentence. */
    private static final List<String> REFUS_EXPLIQUES = java.util.stream.Stream.of(CodeMotif.CONTENU_NON_CONFORME,
            CodeMotif.PIECE_VIDE, CodeMotif.PIECE_TROP_VOLUMINEUSE, CodeMotif.TYPE_PIECE_NON_ADMIS,
            CodeMotif.PIECE_ILLISIBLE, CodeMotif.PIECE_TRONQUEE, CodeMotif.PDF_CHIFFRE, CodeMotif.PDF_JAVASCRIPT,
            CodeMotif.PDF_FICHIER_INCORPORE, CodeMotif.IMAGE_TROP_GRANDE, CodeMotif.NOM_FICHIER_INVALIDE,
            CodeMotif.PIECE_EN_DOUBLE, CodeMotif.CATEGORIE_PLEINE, CodeMotif.DEMANDE_NON_ACTIVE).map(Enum::name)
            .toList();

    static String cleRefus(@Nullable String code) {
        return code != null && REFUS_EXPLIQUES.contains(code) ? "suivi.refus." + code : "suivi.refus.autre";
    }

    private static void supprimer(@Nullable Path fichier) {
        if (fichier != null) {
            try {
                Files.deleteIfExists(fichier);
            } catch (IOException e) {
                // a temporary file: the system's cleaning takes it
            }
        }
    }
}
