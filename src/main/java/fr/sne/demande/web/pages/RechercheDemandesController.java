package fr.sne.demande.web.pages;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.application.RechercherDemandes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search for demandes ({@code /pro/demandes}): a GET form (it works without JavaScript, and a result page has
 * its own address), by numéro unique or by name, first name and birth date; 20 results a page.
 */
@Controller
@PagesWeb
class RechercheDemandesController {

    private final RechercherDemandes rechercher;
    private final ActeurCourant acteurCourant;

    RechercheDemandesController(RechercherDemandes rechercher, ActeurCourant acteurCourant) {
        this.rechercher = rechercher;
        this.acteurCourant = acteurCourant;
    }

    @GetMapping("/pro/demandes")
    String rechercher(@RequestParam(required = false) @Nullable String numero,
            @RequestParam(required = false) @Nullable String nom,
            @RequestParam(required = false) @Nullable String prenom,
            @RequestParam(required = false) @Nullable String dateNaissance,
            @RequestParam(required = false) @Nullable String page, Model modele, HttpServletResponse reponse) {
        var criteres = new RechercherDemandes.Criteres(numero, nom, prenom, dateNaissance, page);
        modele.addAttribute("criteres", criteres);
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        boolean soumise = numero != null || nom != null || prenom != null || dateNaissance != null || page != null;
        if (soumise) {
            try {
                modele.addAttribute("resultats", rechercher.executer(criteres, acteurCourant.acteur()));
            } catch (DonneesInvalidesException e) {
                modele.addAttribute("erreurs", ErreursFormulaire.de(e.erreurs()));
                reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        }
        return "demande/recherche";
    }
}
