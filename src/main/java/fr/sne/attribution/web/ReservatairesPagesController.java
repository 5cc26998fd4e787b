package fr.sne.attribution.web;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.attribution.application.ConsulterFluxReservataire;
import fr.sne.attribution.application.ConsulterReservataires;
import fr.sne.attribution.application.FixerPartFlux;
import fr.sne.attribution.application.InscrireReservataire;
import fr.sne.attribution.application.ModifierReservataire;
import fr.sne.attribution.application.PartFluxCommande;
import fr.sne.attribution.application.ReservataireBailleurs;
import fr.sne.attribution.application.ReservataireCommande;
import fr.sne.attribution.application.ReservatairePerimetre;
import fr.sne.attribution.domaine.PartsFluxBailleur;
import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The réservataires of a territory in the professional web application: the gestionnaire territorial keeps their
 * list (list, creation, change) and sets their shares of the bailleurs' flux under
 * {@code /pro/administration/reservataires}; every agent of the territory reads a réservataire's flux
 * ({@code /pro/reservataires/{id}/flux}: per bailleur, share, objective, attributions and gap). Changes are POSTs
 * with their CSRF token answered by a redirect; a refused form is shown again with its errors (422), nothing
 * written. A réservataire out of the actor's territory is the 404 page.
 */
@Controller
@PagesWeb
class ReservatairesPagesController {

    static final String ADMINISTRATION = "/pro/administration/reservataires";
    static final String MESSAGE = "message";

    static final Formulaire RESERVATAIRE = Formulaire.de("formulaire-reservataire", "categorie", "Catégorie",
            "nom", "Nom", "siren", "Numéro SIREN", "guichets", "Guichets qui agissent pour lui", "territoire", "Territoire");
    static final Formulaire PART = Formulaire.de("formulaire-part", "siren", "Bailleur", "annee", "Année",
            "part", "Part du flux (%)");

    private final ActeurCourant acteurCourant;
    private final ConsulterReservataires consulter;
    private final InscrireReservataire inscrire;
    private final ModifierReservataire modifier;
    private final FixerPartFlux fixer;
    private final ConsulterFluxReservataire flux;
    private final ReservataireBailleurs bailleurs;
    private final Clock horloge;

    ReservatairesPagesController(ActeurCourant acteurCourant, ConsulterReservataires consulter,
            InscrireReservataire inscrire, ModifierReservataire modifier, FixerPartFlux fixer,
            ConsulterFluxReservataire flux, ReservataireBailleurs bailleurs, Clock horloge) {
        this.acteurCourant = acteurCourant;
        this.consulter = consulter;
        this.inscrire = inscrire;
        this.modifier = modifier;
        this.fixer = fixer;
        this.flux = flux;
        this.bailleurs = bailleurs;
        this.horloge = horloge;
    }

    // ---- the list

    @GetMapping(ADMINISTRATION)
    String liste(@RequestParam(required = false) @Nullable String territoire, Model modele) {
        Acteur acteur = acteurCourant.acteur();
        ReservatairePerimetre.exigerGestionnaire(acteur);
        String choisi = acteur.national() && (territoire == null || territoire.isBlank()) ? null
                : consulter.territoire(acteur, territoire);
        modele.addAttribute("territoire", choisi);
        modele.addAttribute("national", acteur.national());
        modele.addAttribute("reservataires", choisi == null ? List.of() : consulter.lister(acteur, choisi));
        return "attribution/reservataire-liste";
    }

    // ---- creation and change

    @GetMapping(ADMINISTRATION + "/nouveau")
    String nouveau(Model modele) {
        return formulaire(modele, null, new ReservataireFormulaire(null, null, null, null, null),
                ErreursFormulaire.AUCUNE);
    }

    @PostMapping(ADMINISTRATION)
    String creer(@ModelAttribute ReservataireFormulaire saisie, Model modele, HttpServletResponse reponse,
            RedirectAttributes suite) {
        long id;
        try {
            id = inscrire.executer(acteurCourant.acteur(), ReservataireCommande.creation(saisie.categorie(),
                    saisie.nom(), saisie.siren(), saisie.guichets(), saisie.territoire()));
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = RESERVATAIRE.refus(e);
            reponse.setStatus(refus.statut().value());
            return formulaire(modele, null, saisie, refus.erreurs());
        }
        suite.addFlashAttribute(MESSAGE, "Le réservataire est inscrit. Fixez maintenant ses parts des flux des "
                + "bailleurs.");
        return "redirect:" + ADMINISTRATION + "/" + id;
    }

    @GetMapping(ADMINISTRATION + "/{id}/modification")
    String modification(@PathVariable long id, Model modele) {
        ReservataireInscrit r = consulter.lire(gestionnaire(), id);
        return formulaire(modele, r, new ReservataireFormulaire(r.categorie().name(), r.nom(), r.siren(),
                String.join(" ", r.guichets()), r.territoire()), ErreursFormulaire.AUCUNE);
    }

    @PostMapping(ADMINISTRATION + "/{id}/modification")
    String modifier(@PathVariable long id, @ModelAttribute ReservataireFormulaire saisie, Model modele,
            HttpServletResponse reponse, RedirectAttributes suite) {
        Acteur acteur = gestionnaire();
        ReservataireInscrit r = consulter.lire(acteur, id);
        try {
            modifier.executer(acteur, id, ReservataireCommande.modification(saisie.nom(), saisie.siren(),
                    saisie.guichets()));
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = RESERVATAIRE.refus(e);
            reponse.setStatus(refus.statut().value());
            return formulaire(modele, r, saisie, refus.erreurs());
        }
        suite.addFlashAttribute(MESSAGE, "Les modifications sont enregistrées.");
        return "redirect:" + ADMINISTRATION + "/" + id;
    }

    private String formulaire(Model modele, @Nullable ReservataireInscrit reservataire, ReservataireFormulaire saisie,
            ErreursFormulaire erreurs) {
        Acteur acteur = gestionnaire();
        modele.addAttribute("reservataire", reservataire);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", RESERVATAIRE);
        modele.addAttribute("categories", Arrays.stream(ReservataireCategorie.values())
                .map(c -> Option.de(c.name(), c.libelle())).toList());
        modele.addAttribute("national", acteur.national());
        modele.addAttribute("territoire", reservataire != null ? reservataire.territoire()
                : acteur.national() ? null : acteur.territoires().iterator().next());
        return "attribution/reservataire-formulaire";
    }

    // ---- a réservataire and its shares

    @GetMapping(ADMINISTRATION + "/{id}")
    String fiche(@PathVariable long id, @RequestParam(required = false) @Nullable Integer annee, Model modele) {
        int retenue = annee != null ? annee : Year.now(horloge).getValue();
        return fiche(id, retenue, modele, Map.of("annee", Integer.toString(retenue)), ErreursFormulaire.AUCUNE);
    }

    @PostMapping(ADMINISTRATION + "/{id}/parts")
    String fixerPart(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele,
            HttpServletResponse reponse, RedirectAttributes suite) {
        Acteur acteur = gestionnaire();
        PartsFluxBailleur parts;
        try {
            PartFluxCommande commande = PartFluxCommande.lire(saisie.get("siren"), saisie.get("annee"),
                    saisie.get("part"), Year.now(horloge));
            parts = fixer.executer(acteur, id, commande);
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = PART.refus(e);
            reponse.setStatus(refus.statut().value());
            int annee = saisie.getOrDefault("annee", "").matches("[0-9]{4}") ? Integer.parseInt(saisie.get("annee"))
                    : Year.now(horloge).getValue();
            return fiche(id, annee, modele, saisie, refus.erreurs());
        }
        suite.addFlashAttribute(MESSAGE, "La part est enregistrée : les réservataires ont ensemble "
                + PartsFluxBailleur.pourcentage(parts.total()) + " % du flux de ce bailleur en " + parts.annee() + ".");
        return "redirect:" + ADMINISTRATION + "/" + id + "?annee=" + parts.annee();
    }

    private String fiche(long id, int annee, Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        Acteur acteur = gestionnaire();
        ReservataireInscrit r = consulter.lire(acteur, id);
        Map<String, String> noms = bailleurs.duTerritoire(r.territoire());
        modele.addAttribute("reservataire", r);
        modele.addAttribute("annee", annee);
        modele.addAttribute("parts", consulter.parts(acteur, id, annee));
        modele.addAttribute("noms", noms);
        modele.addAttribute("bailleurs", noms.entrySet().stream()
                .map(e -> Option.de(e.getKey(), e.getValue() + " (" + e.getKey() + ")")).toList());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", PART);
        return "attribution/reservataire-fiche";
    }

    // ---- the flux, for every agent of the territory

    @GetMapping("/pro/reservataires/{id}/flux")
    String flux(@PathVariable long id, @RequestParam(required = false) @Nullable Integer annee, Model modele) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("flux", flux.executer(acteur, id, annee != null ? annee : Year.now(horloge).getValue()));
        modele.addAttribute("gestionnaire", acteur.national() || !acteur.agitPourUnGuichet());
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        return "attribution/reservataire-flux";
    }

    private Acteur gestionnaire() {
        Acteur acteur = acteurCourant.acteur();
        ReservatairePerimetre.exigerGestionnaire(acteur);
        return acteur;
    }

    /** Percentages and amounts as the pages write them. */
    @ModelAttribute("pourcentage")
    Pourcentage pourcentage() {
        return new Pourcentage();
    }

    /** Writes a number the French way ({@code 12,5}). */
    static final class Pourcentage {

        public String de(java.math.BigDecimal valeur) {
            return PartsFluxBailleur.pourcentage(valeur);
        }
    }
}
