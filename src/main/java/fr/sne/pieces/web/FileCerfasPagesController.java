package fr.sne.pieces.web;

import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.pieces.application.SaisieCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;

/**
 * The national entry centre's queue in the professional application ({@code /pro/numerisation/cerfas}): the scans
 * waiting, each with its button "Saisir ce Cerfa" that starts a registration draft typed beside it (the wizard shows
 * the scan's pages as images, {@link VoletCerfaSaisie}); the scan as a PDF and its pages as PNG images.
 */
@Controller
@PagesWeb
class FileCerfasPagesController {

    static final String RACINE = "/pro/numerisation/cerfas";

    static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(java.time.ZoneId.of(HorlogeConfiguration.NOM_FUSEAU));

    private final SaisieCerfas saisie;
    private final ActeurCourant acteurCourant;

    FileCerfasPagesController(SaisieCerfas saisie, ActeurCourant acteurCourant) {
        this.saisie = saisie;
        this.acteurCourant = acteurCourant;
    }

    /** A line of the queue. */
    record Ligne(UUID id, String recuLe, int pages, int pagesCerfa, String reference, boolean enCours) {

        static Ligne de(CerfaNumerise c) {
            return new Ligne(c.id(), DATE_HEURE.format(c.recuLe()), c.pages(), c.pagesCerfa(),
                    c.reference() == null ? "—" : c.reference(), c.brouillon() != null);
        }
    }

    @GetMapping(RACINE)
    String file(Model modele) {
        SaisieCerfas.File file = saisie.file(acteurCourant.acteur());
        modele.addAttribute("lignes", file.aSaisir().stream().map(Ligne::de).toList());
        modele.addAttribute("total", file.total());
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        return "pieces/file-cerfas";
    }

    @GetMapping(RACINE + "/{id}/fichier")
    ResponseEntity<InputStreamResource> fichier(@PathVariable UUID id) {
        InputStream contenu = saisie.fichier(id, acteurCourant.acteur());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("cerfa-" + id + ".pdf")
                        .build().toString())
                .body(new InputStreamResource(contenu));
    }

    @GetMapping(RACINE + "/{id}/pages/{page}")
    ResponseEntity<byte[]> page(@PathVariable UUID id, @PathVariable int page) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(saisie.imagePage(id, page, acteurCourant.acteur()));
    }
}
