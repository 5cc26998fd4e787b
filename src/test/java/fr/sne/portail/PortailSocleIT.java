package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.Rattachements;

/**
 * The portal's foundation over HTTP (ADR 0027): sign-in of a demo applicant by OpenID Connect (registration
 * franceconnect) and its record, reading only the demandes attached to the account, an agent refused on the portal and
 * an applicant on the agents' application, CSRF, CSP, the session in PostgreSQL, languages.
 */
class PortailSocleIT extends ApiIT {

    @Autowired
    private Rattachements rattachements;

    /** @return the account of this demo applicant, after his sign-in */
    UUID compte(String sujet) {
        return jdbc.sql("select id from compte_demandeur where sujet = ?").param(sujet).query(UUID.class).single();
    }

    String enregistrer(String guichet) {
        Reponse r = api.post(guichet, "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    @Test
    void un_demandeur_se_connecte_et_ne_lit_que_les_demandes_rattachees_a_son_compte() {
        NavigateurHttp navigateur = new NavigateurHttp(port);
        Instant avant = Instant.now().minus(1, ChronoUnit.SECONDS);
        HttpResponse<String> accueil = navigateur.get("/portail");
        assertThat(accueil.statusCode()).isEqualTo(200);
        assertThat(accueil.body()).contains("Se connecter avec FranceConnect").contains("lang=\"fr\"")
                .contains("dir=\"ltr\"");

        // the list needs a sign-in: the portal's own, then back to the list
        HttpResponse<String> liste = navigateur.connecter("/portail/demandes", "demandeur-1", "demandeur-1-mdp");
        assertThat(liste.statusCode()).as(liste.body()).isEqualTo(200);
        assertThat(liste.uri().getPath()).isEqualTo("/portail/demandes");
        assertThat(liste.body()).contains("Mes demandes").contains("Louise Marie Martin");

        // the account is the provider's subject, with the identity it vouched for, and the sign-in is recorded
        UUID compte = compte("demandeur-1");
        Map<String, Object> ligne = jdbc.sql("""
                select prenoms, nom, date_naissance::text as naissance, courriel, derniere_connexion
                  from compte_demandeur where id = ?""").param(compte).query().singleRow();
        assertThat(ligne).containsEntry("prenoms", "Louise Marie").containsEntry("nom", "Martin")
                .containsEntry("naissance", "1988-04-12").containsEntry("courriel", "louise.martin@exemple.fr");
        assertThat(((java.sql.Timestamp) ligne.get("derniere_connexion")).toInstant()).isAfter(avant);
        assertThat(jdbc.sql("select count(*) from connexion_demandeur where compte = ? and le > ?")
                .params(compte, java.sql.Timestamp.from(avant)).query(Integer.class).single()).isEqualTo(1);

        // a demande registered at a desk, attached to his account; another one, not attached
        String sienne = enregistrer("G5901");
        String autre = enregistrer("G5901");
        rattachements.rattacher(compte, sienne);
        assertThat(navigateur.get("/portail/demandes").body()).contains(sienne).doesNotContain(autre);
        HttpResponse<String> page = navigateur.get("/portail/demandes/" + sienne);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Demande n° " + sienne);

        // not attached, or unknown: the same page, which says nothing of the numéro
        HttpResponse<String> pasLaSienne = navigateur.get("/portail/demandes/" + autre);
        HttpResponse<String> inconnue = navigateur.get("/portail/demandes/0591126999999G5901");
        HttpResponse<String> malFormee = navigateur.get("/portail/demandes/n-importe-quoi");
        for (HttpResponse<String> r : java.util.List.of(pasLaSienne, inconnue, malFormee)) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Nous ne trouvons pas cette demande").doesNotContain(autre);
        }

        // the portal's security context is in the session, in PostgreSQL, under its own key
        assertThat(jdbc.sql("""
                select count(*) from spring_session_attributes
                 where attribute_name = 'SNE_PORTAIL_SECURITE'
                   and position(convert_to('demandeur-1', 'UTF8') in attribute_bytes) > 0
                """).query(Integer.class).single()).isPositive();
    }

    @Test
    void un_formulaire_sans_jeton_csrf_est_refuse_et_les_en_tetes_sont_ceux_de_l_application_des_agents() {
        NavigateurHttp navigateur = new NavigateurHttp(port);
        HttpResponse<String> liste = navigateur.connecter("/portail/demandes", "demandeur-2", "demandeur-2-mdp");
        assertThat(liste.statusCode()).isEqualTo(200);

        // the sign-out form replayed without its token: refused, still signed in
        HttpResponse<String> sansJeton = navigateur.envoyerSansJeton("POST", "/portail/deconnexion", Map.of());
        assertThat(sansJeton.statusCode()).isEqualTo(403);
        assertThat(navigateur.getSansSuivre("/portail/demandes").statusCode()).isEqualTo(200);

        // the policy of the agents' application: no inline script or style, nothing from elsewhere, no framing
        String csp = liste.headers().firstValue("Content-Security-Policy").orElseThrow();
        String cspPro = navigateur.getSansSuivre("/pro").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).isEqualTo(cspPro).contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(liste.headers().firstValue("X-Frame-Options")).contains("DENY");

        // with its token: signed out, the list asks for a sign-in again
        navigateur.get("/portail/demandes");
        HttpResponse<String> deconnexion = navigateur.post("/portail/deconnexion", Map.of());
        assertThat(deconnexion.statusCode()).isEqualTo(302);
        assertThat(deconnexion.headers().firstValue("Location").orElseThrow()).endsWith("/portail/au-revoir");
        HttpResponse<String> apres = navigateur.getSansSuivre("/portail/demandes");
        assertThat(apres.statusCode()).isEqualTo(302);
        assertThat(apres.headers().firstValue("Location").orElseThrow()).endsWith("/portail/connexion/franceconnect");
    }

    @Test
    void un_agent_ne_se_connecte_pas_au_portail_ni_un_demandeur_a_l_application_des_agents() {
        HttpResponse<String> agent = new NavigateurHttp(port).connecter("/portail/demandes", "agent-g5901",
                "agent-g5901-mdp");
        assertThat(agent.uri().getPath()).isEqualTo("/portail/connexion-refusee");
        assertThat(agent.body()).contains("Connexion impossible");
        assertThat(jdbc.sql("select count(*) from compte_demandeur where sujet = 'agent-g5901'").query(Integer.class)
                .single()).isZero();

        HttpResponse<String> demandeur = new NavigateurHttp(port).connecter("/pro/", "demandeur-3", "demandeur-3-mdp");
        assertThat(demandeur.uri().getPath()).isEqualTo("/pro/connexion-refusee");
    }

    @Test
    void la_langue_se_choisit_par_un_lien_et_l_arabe_s_ecrit_de_droite_a_gauche() {
        NavigateurHttp navigateur = new NavigateurHttp(port);
        HttpResponse<String> anglais = navigateur.get("/portail?lang=en");
        assertThat(anglais.body()).contains("lang=\"en\"").contains("Sign in with FranceConnect")
                .contains("dir=\"ltr\"");
        // kept in a cookie, not a session
        assertThat(navigateur.get("/portail").body()).contains("Sign in with FranceConnect");

        HttpResponse<String> arabe = navigateur.get("/portail?lang=ar");
        assertThat(arabe.body()).contains("<html lang=\"ar\" dir=\"rtl\"")
                .contains("تسجيل الدخول عبر FranceConnect");

        // a language the portal does not speak: French
        assertThat(navigateur.get("/portail?lang=de").body()).contains("lang=\"fr\"")
                .contains("Se connecter avec FranceConnect");
    }
}
