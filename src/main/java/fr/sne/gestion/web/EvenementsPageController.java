package fr.sne.gestion.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.gestion.application.ConsulterCatalogue;
import fr.sne.gestion.application.EnregistrerEvenement;
import fr.sne.gestion.application.EvenementCommande;
import fr.sne.gestion.application.ListerEvenements;
import fr.sne.gestion.domaine.ContingentEligible;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.PublicPrioritaire;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The form that records an event of the gestion partagée on a demande ({@code /pro/demandes/{numero}/evenements}),
 * for a guichet's agent: the events his guichet's type may enter, their day, the data some need (the DALO decision's
 * date, the priority public, the contingent…) and a comment. A refusal is shown on the form, nothing written; once
 * recorded, the demande's tab "Événements" shows it.
 */
@Controller
@PagesWeb
class EvenementsPageController {

    static final Formulaire FORMULAIRE = Formulaire.de("formulaire-evenement", "code", "Événement", "date",
            "Date de l’événement", "donnees.dateDecision", "Date de la décision DALO", "donnees.public",
            "Public prioritaire", "donnees.contingent", "Contingent", "donnees.identifiantRpls",
            "Logement (identifiant RPLS)", "donnees.motif", "Motif", "commentaire", "Commentaire");

    /** The data a form may give, by the name the catalogue uses. */
    private static final List<String> DONNEES = List.of("dateDecision", "public", "contingent", "identifiantRpls",
            "motif");

    private final ConsulterCatalogue catalogue;
    private final EnregistrerEvenement enregistrer;
    private final ListerEvenements lister;
    private final ActeurCourant acteurCourant;
    private final Clock horloge;

    EvenementsPageController(ConsulterCatalogue catalogue, EnregistrerEvenement enregistrer, ListerEvenements lister,
            ActeurCourant acteurCourant, Clock horloge) {
        this.catalogue = catalogue;
        this.enregistrer = enregistrer;
        this.lister = lister;
        this.acteurCourant = acteurCourant;
        this.horloge = horloge;
    }

    @GetMapping("/pro/demandes/{numero}/evenements/nouveau")
    String formulaire(@PathVariable String numero, Model modele) {
        Map<String, String> saisie = new LinkedHashMap<>();
        saisie.put("date", LocalDate.now(horloge).toString());
        return page(numero, modele, saisie, ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/pro/demandes/{numero}/evenements")
    String enregistrer(@PathVariable String numero, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        exigerGuichet(acteur);
        EvenementGestion enregistre;
        try {
            Map<String, Object> donnees = new LinkedHashMap<>();
            for (String nom : DONNEES) {
                String valeur = saisie.get("donnees." + nom);
                if (valeur != null && !valeur.isBlank()) {
                    donnees.put(nom, valeur.strip());
                }
            }
            enregistre = enregistrer.executer(numero, EvenementCommande.lire(saisie.get("code"), saisie.get("date"),
                    saisie.get("commentaire"), donnees), acteur);
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = FORMULAIRE.refus(e);
            reponse.setStatus(refus.statut().value());
            return page(numero, modele, saisie, refus.erreurs());
        } catch (AccesRefuseException e) {
            reponse.setStatus(HttpStatus.FORBIDDEN.value());
            return page(numero, modele, saisie, FORMULAIRE.globale(e.getMessage()));
        }
        suite.addFlashAttribute("succes", "L’événement « " + enregistre.libelle() + " » du "
                + enregistre.date().format(LigneEvenement.FR) + " est enregistré sur la demande : tous les acteurs "
                + "du territoire le voient.");
        return "redirect:/pro/demandes/" + numero + "?onglet=" + OngletEvenements.CODE;
    }

    /** A form posted after the session expired comes back here as a GET: the form again. */
    @GetMapping("/pro/demandes/{numero}/evenements")
    String retour(@PathVariable String numero) {
        return "redirect:/pro/demandes/" + numero + "/evenements/nouveau";
    }

    private String page(String numero, Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        exigerGuichet(acteur);
        // the demande must be visible (else the 404 page)
        String n = lister.executer(numero, ListerEvenements.Vue.PROFESSIONNEL, acteur).numeroUnique();
        modele.addAttribute("numero", n);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", FORMULAIRE);
        modele.addAttribute("codes", catalogue.executer().saisissablesPar(acteur.typeGuichet()).stream()
                .map(t -> Option.de(t.code(), t.libelle())).toList());
        modele.addAttribute("publics", Arrays.stream(PublicPrioritaire.values())
                .map(p -> Option.de(p.name(), p.libelle())).toList());
        modele.addAttribute("contingents", Arrays.stream(ContingentEligible.values())
                .map(c -> Option.de(c.name(), c.libelle())).toList());
        return "gestion/evenement-nouveau";
    }

    private static void exigerGuichet(Acteur acteur) {
        if (!acteur.agitPourUnGuichet() || acteur.typeGuichet() == null) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, "Seul l’agent d’un guichet enregistre un "
                    + "événement de la gestion partagée.");
        }
    }
}
