package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.Rattachements;

/**
 * Every route of one demande on the portal ({@code /portail/demandes/{numero}/**}), whichever part wrote it, found in
 * the application's request mappings and tried by a signed-in applicant with the numéro of a demande attached to
 * another account (IDOR): each answers the page of an unknown demande (404), with a valid CSRF token for the forms,
 * and writes nothing. A route added later is tried too.
 */
class RoutesDemandesPortailIT extends ApiIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Autowired
    private Rattachements rattachements;

    private String enregistrer() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** The route's patterns of one demande, each with the methods it answers (GET and POST when it names none). */
    private List<Map.Entry<String, RequestMethod>> routesDUneDemande() {
        List<Map.Entry<String, RequestMethod>> trouvees = new ArrayList<>();
        routes.getHandlerMethods().forEach((info, methode) -> {
            Set<RequestMethod> methodes = info.getMethodsCondition().getMethods();
            for (String motif : info.getPatternValues()) {
                if (motif.equals("/portail/demandes/{numero}") || motif.startsWith("/portail/demandes/{numero}/")) {
                    for (RequestMethod m : methodes.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
                            : methodes) {
                        trouvees.add(Map.entry(motif, m));
                    }
                }
            }
        });
        return trouvees;
    }

    @Test
    void chaque_route_d_une_demande_repond_introuvable_pour_la_demande_d_un_autre_compte() {
        NavigateurHttp proprietaire = new NavigateurHttp(port);
        proprietaire.connecter("/portail/demandes", "demandeur-1", "demandeur-1-mdp");
        NavigateurHttp intrus = new NavigateurHttp(port);
        intrus.connecter("/portail/demandes", "demandeur-2", "demandeur-2-mdp");
        UUID compteProprietaire = jdbc.sql("select id from compte_demandeur where sujet = 'demandeur-1'")
                .query(UUID.class).single();
        UUID compteIntrus = jdbc.sql("select id from compte_demandeur where sujet = 'demandeur-2'")
                .query(UUID.class).single();
        String sienne = enregistrer();
        String celleDeLIntrus = enregistrer();
        rattachements.rattacher(compteProprietaire, sienne);
        rattachements.rattacher(compteIntrus, celleDeLIntrus);

        List<Map.Entry<String, RequestMethod>> trouvees = routesDUneDemande();
        assertThat(trouvees).as("the page of one demande at least").isNotEmpty()
                .extracting(Map.Entry::getKey).contains("/portail/demandes/{numero}");
        // control: the owner reads his own demande's page
        assertThat(proprietaire.get("/portail/demandes/" + sienne).statusCode()).isEqualTo(200);

        long mouvementsAvant = jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(sienne)
                .query(Long.class).single();
        List<String> fuites = new ArrayList<>();
        for (Map.Entry<String, RequestMethod> route : trouvees) {
            // other variables of the pattern take a plausible value; the guard answers before they are read
            String chemin = route.getKey().replace("{numero}", sienne).replaceAll("\\{[^}]+}", "1");
            intrus.get("/portail/demandes/" + celleDeLIntrus); // a page with a fresh CSRF token
            HttpResponse<String> reponse = route.getValue() == RequestMethod.GET ? intrus.getSansSuivre(chemin)
                    : intrus.envoyerFormulaire(route.getValue().name(), chemin, Map.of(), true);
            if (reponse.statusCode() != 404 || !reponse.body().contains("Nous ne trouvons pas cette demande")) {
                fuites.add(route.getValue() + " " + chemin + " -> " + reponse.statusCode());
            }
        }
        assertThat(fuites).as("routes answering another account's demande").isEmpty();
        assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(sienne)
                .query(Long.class).single()).as("nothing written on the demande").isEqualTo(mouvementsAvant);
    }
}
