package fr.sne.gestion.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
import fr.sne.gestion.application.ReglerVisibiliteDemandeur;
import fr.sne.gestion.domaine.StockVisibilite;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The administration page "Événements partagés" ({@code /pro/administration/evenements}): whether the applicants of
 * a territory see their events (name, date, guichet), switched on by its gestionnaire territorial, or by the national
 * administrator for any territory.
 */
@Controller
@PagesWeb
@RequestMapping("/pro/administration/evenements")
class VisibiliteEvenementsController {

    static final Formulaire FORMULAIRE = Formulaire.de("formulaire-visibilite", "territoire", "Territoire",
            "visible", "Les demandeurs voient leurs événements");
    private static final List<Option> OUI_NON = List.of(Option.de("oui", "Oui, ils les voient"),
            Option.de("non", "Non, pas encore"));
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final ReglerVisibiliteDemandeur regler;
    private final ActeurCourant acteurCourant;

    VisibiliteEvenementsController(ReglerVisibiliteDemandeur regler, ActeurCourant acteurCourant) {
        this.regler = regler;
        this.acteurCourant = acteurCourant;
    }

    /** A territory's setting as the page shows it. */
    record LigneReglage(String territoire, boolean visible, String modification) {
    }

    @GetMapping
    String page(Model modele) {
        return page(modele, Map.of(), ErreursFormulaire.AUCUNE);
    }

    @PostMapping
    String regler(@RequestParam Map<String, String> saisie, Model modele, RedirectAttributes suite,
            HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        String territoire = saisie.getOrDefault("territoire", "").strip();
        String visible = saisie.get("visible");
        try {
            List<ErreurChamp> erreurs = new ArrayList<>();
            if (territoire.isEmpty()) {
                erreurs.add(ErreurChamp.de("territoire", CodeMotif.OBLIGATOIRE));
            }
            if (!"oui".equals(visible) && !"non".equals(visible)) {
                erreurs.add(new ErreurChamp("visible", CodeMotif.OBLIGATOIRE, "Choisissez oui ou non."));
            }
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            regler.executer(acteur, territoire, "oui".equals(visible));
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = FORMULAIRE.refus(e);
            reponse.setStatus(refus.statut().value());
            return page(modele, saisie, refus.erreurs());
        }
        suite.addFlashAttribute("message", "oui".equals(visible)
                ? "Les demandeurs du territoire " + territoire + " voient désormais leurs événements."
                : "Les demandeurs du territoire " + territoire + " ne voient plus leurs événements.");
        return "redirect:/pro/administration/evenements";
    }

    private String page(Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        List<LigneReglage> reglages = regler.lister(acteur).stream().map(VisibiliteEvenementsController::ligne)
                .toList();
        modele.addAttribute("reglages", reglages);
        modele.addAttribute("national", acteur.national());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", FORMULAIRE);
        modele.addAttribute("ouiNon", OUI_NON);
        return "gestion/visibilite";
    }

    private static LigneReglage ligne(StockVisibilite.Reglage r) {
        @Nullable String quand = r.modifieLe() == null ? null : HORODATAGE.format(r.modifieLe());
        return new LigneReglage(r.territoire(), r.visibleDemandeur(), quand == null ? "Jamais réglé (non par défaut)"
                : "Le " + quand + " par " + r.modifiePar());
    }
}
