package fr.sne.demande.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Pagination;
import fr.sne.demande.application.RechercherDemandes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The search for demandes ({@code /pro/demandes}): a GET form (it works without JavaScript, and a result page has
 * its own address), by numéro unique or by name, first name and birth date; 20 results a page.
 */
@Controller
@PagesWeb
class RechercheDemandesController {

    private static final Formulaire FORMULAIRE = Formulaire.de("formulaire-recherche", "numero", "Numéro unique",
            "nom", "Nom de naissance", "prenom", "Prénom", "dateNaissance", "Date de naissance", "page", "Page");

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
                RechercherDemandes.Resultats resultats = rechercher.executer(criteres, acteurCourant.acteur());
                modele.addAttribute("resultats", resultats);
                Map<String, @Nullable String> repris = new LinkedHashMap<>();
                repris.put("numero", numero);
                repris.put("nom", nom);
                repris.put("prenom", prenom);
                repris.put("dateNaissance", dateNaissance);
                modele.addAttribute("pagination", Pagination.numerotee("/pro/demandes", repris, resultats.page(),
                        resultats.pages()));
            } catch (DonneesInvalidesException e) {
                modele.addAttribute("erreurs", FORMULAIRE.erreurs(e.erreurs()));
                reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        }
        return "demande/recherche";
    }
}
