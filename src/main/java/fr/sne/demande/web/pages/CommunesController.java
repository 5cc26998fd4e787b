package fr.sne.demande.web.pages;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The suggestions of the commune fields' autocomplete (JSON, for the page's script), answered from the
 * in-memory referential: communes whose name, code or postcode begins with what was typed; those of the
 * agent's territory only for the communes souhaitées (a demande is of one territory, R441-2-1 CCH). Hidden from
 * the API's description: it is the web application's, on its session.
 */
@Controller
@PagesWeb
@io.swagger.v3.oas.annotations.Hidden // a page's helper, not part of the guichets' API
class CommunesController {

    private static final int MAX = 10;

    private final ReferentielGeographique geographie;
    private final ActeurCourant acteurCourant;

    CommunesController(ReferentielGeographique geographie, ActeurCourant acteurCourant) {
        this.geographie = geographie;
        this.acteurCourant = acteurCourant;
    }

    /** One suggestion: the code to keep, the name and postcodes to show, the text the field takes. */
    record Suggestion(String code, String nom, List<String> codesPostaux, String libelle) {
    }

    @GetMapping(value = "/pro/referentiel/communes", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Suggestion> communes(@RequestParam(name = "q", defaultValue = "") String texte,
            @RequestParam(name = "perimetre", defaultValue = "france") String perimetre) {
        if (texte.isBlank() || texte.length() > 100) {
            return List.of();
        }
        Acteur acteur = acteurCourant.acteur();
        String territoire = "territoire".equals(perimetre) && acteur.territoires().size() == 1
                ? acteur.territoires().iterator().next() : null;
        return geographie.rechercherCommunes(texte, territoire, MAX).stream()
                .map(c -> new Suggestion(c.code(), c.nom(), c.codesPostaux(), c.nom() + " (" + c.code() + ")"))
                .toList();
    }
}
