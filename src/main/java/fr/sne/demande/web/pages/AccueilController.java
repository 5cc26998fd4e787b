package fr.sne.demande.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.application.ConsulterTableauDeBord;

/** The home page of the professional application: the agent's guichet, shortcuts, the day's counts. */
@Controller
@PagesWeb
class AccueilController {

    private final ConsulterTableauDeBord tableauDeBord;
    private final ActeurCourant acteurCourant;

    AccueilController(ConsulterTableauDeBord tableauDeBord, ActeurCourant acteurCourant) {
        this.tableauDeBord = tableauDeBord;
        this.acteurCourant = acteurCourant;
    }

    @GetMapping("/pro/")
    String accueil(Model modele) {
        modele.addAttribute("tableau", tableauDeBord.executer(acteurCourant.acteur()));
        return "demande/accueil";
    }
}
