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
import fr.sne.demande.application.ConsulterJournalAcces;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The access journal of a territory ({@code /pro/administration/journal-acces}), for its gestionnaire territorial
 * and the national administrator: newest first, filtered by numéro and by agent, 20 lines a page (a GET form).
 */
@Controller
@PagesWeb
class JournalAccesController {

    private static final Formulaire FORMULAIRE = Formulaire.de("formulaire-journal", "numero", "Numéro unique",
            "agent", "Identifiant de l'agent", "page", "Page");

    private final ConsulterJournalAcces journal;
    private final ActeurCourant acteurCourant;

    JournalAccesController(ConsulterJournalAcces journal, ActeurCourant acteurCourant) {
        this.journal = journal;
        this.acteurCourant = acteurCourant;
    }

    @GetMapping("/pro/administration/journal-acces")
    String journal(@RequestParam(required = false) @Nullable String numero,
            @RequestParam(required = false) @Nullable String agent,
            @RequestParam(required = false) @Nullable String page, Model modele, HttpServletResponse reponse) {
        var filtres = new ConsulterJournalAcces.Filtres(numero, agent, page);
        modele.addAttribute("filtres", filtres);
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        try {
            ConsulterJournalAcces.PageJournal resultat = journal.executer(filtres, acteurCourant.acteur());
            modele.addAttribute("resultat", resultat);
            Map<String, @Nullable String> repris = new LinkedHashMap<>();
            repris.put("numero", numero);
            repris.put("agent", agent);
            modele.addAttribute("pagination", Pagination.sansTotal("/pro/administration/journal-acces", repris,
                    resultat.page(), resultat.suivante()));
        } catch (DonneesInvalidesException e) {
            modele.addAttribute("erreurs", FORMULAIRE.erreurs(e.erreurs()));
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "demande/journal-acces";
    }
}
