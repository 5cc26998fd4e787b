package fr.sne.attribution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.attribution.application.ConsulterMixite;
import fr.sne.attribution.domaine.Mixite;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.referentiel.Epci;
import fr.sne.referentiel.ReferentielGeographique;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The mixité of L441-1 CCH per EPCI for a year, as a page: the EPCIs of the agent's territories (all of them for
 * the national administrator) with leases that year, their two shares and whether each objective is met. The year
 * is chosen with the form kit's list; a year out of bounds is the form's error (422).
 */
@Controller
@PagesWeb
@RequestMapping("/pro/mixite")
class MixitePageController {

    static final Formulaire ANNEE = Formulaire.de("formulaire-mixite", "annee", "Année des baux");

    private final ConsulterMixite mixite;
    private final ReferentielGeographique geographie;
    private final ActeurCourant acteur;
    private final Clock horloge;

    MixitePageController(ConsulterMixite mixite, ReferentielGeographique geographie, ActeurCourant acteur,
            Clock horloge) {
        this.mixite = mixite;
        this.geographie = geographie;
        this.acteur = acteur;
        this.horloge = horloge;
    }

    /** A row of the table: the EPCI's name beside its figures. */
    record Ligne(String siren, String nom, Mixite mixite) {
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String annee, Model modele, HttpServletResponse reponse) {
        int courante = LocalDate.now(horloge).getYear();
        List<Option> annees = new ArrayList<>();
        for (int a = courante; a >= courante - 4; a--) {
            annees.add(Option.de(String.valueOf(a), String.valueOf(a)));
        }
        modele.addAttribute("annees", annees);
        modele.addAttribute("formulaire", ANNEE);
        modele.addAttribute("erreurs", ErreursFormulaire.AUCUNE);
        modele.addAttribute("lignes", List.of());
        Integer choisie = annee == null || annee.isBlank() ? Integer.valueOf(courante)
                : annee.strip().matches("[0-9]{4}") ? Integer.valueOf(annee.strip()) : null;
        modele.addAttribute("annee", choisie == null ? annee : String.valueOf(choisie));
        try {
            if (choisie == null) {
                throw new DonneesInvalidesException(List.of(new fr.sne.commun.ErreurChamp("annee",
                        fr.sne.commun.CodeMotif.FORMAT_INVALIDE, "Une année en chiffres, par exemple " + courante
                                + ".")));
            }
            modele.addAttribute("lignes", mixite.toutes(choisie, acteur.acteur()).stream()
                    .map(m -> new Ligne(m.epci(), geographie.epci(m.epci()).map(Epci::nom).orElse(m.epci()), m))
                    .toList());
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = ANNEE.refus(e);
            modele.addAttribute("erreurs", refus.erreurs());
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "attribution/mixite";
    }
}
