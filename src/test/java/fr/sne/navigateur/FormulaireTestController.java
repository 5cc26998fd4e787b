package fr.sne.navigateur;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import fr.sne.commun.PagesWeb;

/** A test-only page with a form, to exercise what the web chain does to a form posted after the session died. */
@Controller
@PagesWeb
class FormulaireTestController {

    static final String CHEMIN = "/pro/test/formulaire";

    @GetMapping(value = CHEMIN, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String formulaire(org.springframework.security.web.csrf.CsrfToken jeton) {
        return """
                <!DOCTYPE html><html lang="fr"><head><title>Formulaire de test — SNE</title></head><body>
                <main><h1>Formulaire de test</h1><form method="post" action="%s">
                <input type="hidden" name="%s" value="%s"><label for="valeur">Valeur</label>
                <input id="valeur" name="valeur"><button type="submit">Envoyer</button></form></main></body></html>
                """.formatted(CHEMIN, jeton.getParameterName(), jeton.getToken());
    }

    @PostMapping(value = CHEMIN, produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String recu(@RequestParam String valeur) {
        return "Reçu : " + valeur;
    }
}
