package fr.sne.drm.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.drm.application.ReglerGuichetDrm;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The administration page "Ressources DRM" ({@code /pro/administration/drm}, ADR 0031): the guichets switched on for
 * the DRM, the form that switches one on or off (gestionnaire territorial for his territory's guichets, national
 * administration for any), and the journal of those changes.
 */
@Controller
@PagesWeb
@RequestMapping("/pro/administration/drm")
class GuichetsDrmController {

    static final Formulaire FORMULAIRE = Formulaire.de("formulaire-drm", "guichet", "Code du guichet",
            "ouvert", "Ouverture à la DRM");
    private static final List<Option> OUVERTURE = List.of(Option.de("oui", "Ouvrir le guichet à la DRM"),
            Option.de("non", "Fermer le guichet à la DRM"));
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final ReglerGuichetDrm regler;
    private final ActeurCourant acteurCourant;

    GuichetsDrmController(ReglerGuichetDrm regler, ActeurCourant acteurCourant) {
        this.regler = regler;
        this.acteurCourant = acteurCourant;
    }

    /** A guichet switched on, as the page shows it. */
    record LigneOuverte(String guichet, String nom, String territoire, String depuis) {
    }

    /** A line of the journal. */
    record LigneJournal(String le, String guichet, String action, String par) {
    }

    @GetMapping
    String page(Model modele) {
        return page(modele, Map.of(), ErreursFormulaire.AUCUNE);
    }

    @PostMapping
    String regler(@RequestParam Map<String, String> saisie, Model modele, RedirectAttributes suite,
            HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        String guichet = saisie.getOrDefault("guichet", "").strip();
        String ouvert = saisie.get("ouvert");
        boolean change;
        try {
            List<ErreurChamp> erreurs = new ArrayList<>();
            if (guichet.isEmpty()) {
                erreurs.add(ErreurChamp.de("guichet", CodeMotif.OBLIGATOIRE));
            }
            if (!"oui".equals(ouvert) && !"non".equals(ouvert)) {
                erreurs.add(new ErreurChamp("ouvert", CodeMotif.OBLIGATOIRE, "Choisissez d'ouvrir ou de fermer."));
            }
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            change = regler.executer(acteur, guichet, "oui".equals(ouvert));
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = FORMULAIRE.refus(e);
            reponse.setStatus(refus.statut().value());
            return page(modele, saisie, refus.erreurs());
        }
        String code = guichet.toUpperCase(java.util.Locale.ROOT);
        suite.addFlashAttribute("message", !change
                ? "Le guichet " + code + " était déjà " + ("oui".equals(ouvert) ? "ouvert" : "fermé") + " à la DRM : "
                        + "rien n'a changé."
                : "oui".equals(ouvert) ? "Le guichet " + code + " est désormais ouvert à la DRM."
                        : "Le guichet " + code + " est désormais fermé à la DRM.");
        return "redirect:/pro/administration/drm";
    }

    private String page(Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("ouverts", regler.lister(acteur).stream().map(o -> new LigneOuverte(o.guichet(), o.nom(),
                o.territoire(), "Le " + HORODATAGE.format(o.depuis()) + " par " + o.par())).toList());
        modele.addAttribute("journal", regler.journal(acteur).stream().map(c -> new LigneJournal(
                HORODATAGE.format(c.le()), c.guichet(), c.ouvert() ? "Ouvert à la DRM" : "Fermé à la DRM",
                c.acteur())).toList());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", FORMULAIRE);
        modele.addAttribute("ouverture", OUVERTURE);
        return "drm/guichets";
    }
}
