package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.JournalConsultations;
import fr.sne.portail.application.Rattachements;

/**
 * The portal's follow-up pages, route by route, with hostile input (issue 18 §3): the demande's page shows the
 * events the applicant sees, the documents expected and who consulted it in plain words; a photo lodged from the
 * portal is a piece in his name; a forged file, another applicant's numéro, a form without its CSRF token or an
 * unknown category are refused with nothing written.
 */
class SuiviPortailIT extends ApiIT {

    @Autowired
    private Rattachements rattachements;

    @Autowired
    private JournalConsultations consultations;

    @Autowired
    private Clock horloge;

    @Autowired
    private fr.sne.portail.application.NotifierDemandeurs notifier;

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private UUID compte(String sujet) {
        return jdbc.sql("select id from compte_demandeur where sujet = ?").param(sujet).query(UUID.class).single();
    }

    private int pieces(String numero) {
        return jdbc.sql("select count(*) from piece where numero_unique = ?").param(numero).query(Integer.class)
                .single();
    }

    /** A multipart form with one file, sent with the navigator's cookies and (if given) the CSRF token. */
    private HttpResponse<String> televerser(NavigateurHttp navigateur, String chemin, String nomFichier,
            String type, byte[] octets, boolean jeton) {
        String limite = "----sne" + UUID.randomUUID();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        try {
            if (jeton) {
                corps.write(("--" + limite + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + navigateur.jetonCsrf() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            corps.write(("--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                    + nomFichier + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            corps.write(octets);
            corps.write(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newBuilder().cookieHandler(navigateur.cookies())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                    .header("Content-Type", "multipart/form-data; boundary=" + limite).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void la_page_de_la_demande_montre_les_evenements_les_documents_attendus_et_qui_l_a_consultee() {
        NavigateurHttp navigateur = new NavigateurHttp(port);
        navigateur.connecter("/portail/demandes", "demandeur-1", "demandeur-1-mdp");
        NotificationsDemandeursIT.passerLePasse(jdbc);
        String numero = enregistrer("G5901", DemandeExemple.nord());
        rattachements.rattacher(compte("demandeur-1"), numero);
        assertThat(api.post("G5901", "/v1.0/demandes/" + numero + "/evenements", Map.of("code", "VISITES_PROPOSEES",
                "date", LocalDate.now(horloge).toString()), null).statut()).isEqualTo(201);
        // the bailleur's agent displays its pieces; the applicant's own reading is not a consultation
        consultations.piecesAffichees(Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059"), numero);
        notifier.unePasse();

        HttpResponse<String> page = navigateur.get("/portail/demandes/" + numero);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ce qui s’est passé", "Visites proposées", "Création de la demande",
                "par Habitat du Nord (démo)")
                .contains("Ajouter : Identité et régularité du séjour")
                .contains("Le bailleur Habitat du Nord (démo) a consulté votre demande le "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(horloge)))
                .doesNotContain("agent-g5901")
                // the messages sent (the sample's contact consents to e-mails only), the address masked
                .contains("Les messages que nous vous avons envoyés", "à c•••@example.org : Visites proposées")
                .doesNotContain("claire@example.org");
        HttpResponse<String> toutes = navigateur.get("/portail/demandes/" + numero + "/consultations");
        assertThat(toutes.statusCode()).isEqualTo(200);
        assertThat(toutes.body()).contains("Le bailleur Habitat du Nord (démo) a consulté votre demande");

        // the same page in English: a translation, the same sentences
        assertThat(navigateur.get("/portail/demandes/" + numero + "?lang=en").body()).contains("What has happened",
                "The social landlord Habitat du Nord (démo) consulted your application on");
        navigateur.get("/portail/demandes/" + numero + "?lang=fr");

        // a demande of a territory that has not switched the applicant's view on: the page says so, lists nothing
        String pasDeCalais = enregistrer("G6201", DemandeExemple.pasDeCalais());
        rattachements.rattacher(compte("demandeur-1"), pasDeCalais);
        assertThat(navigateur.get("/portail/demandes/" + pasDeCalais).body())
                .contains("Votre département ne montre pas encore ici").doesNotContain("Création de la demande");
    }

    @Test
    void une_photo_deposee_est_une_piece_a_son_nom_un_fichier_falsifie_ou_la_demande_d_un_autre_rien_n_est_ecrit() {
        NavigateurHttp navigateur = new NavigateurHttp(port);
        navigateur.connecter("/portail/demandes", "demandeur-2", "demandeur-2-mdp");
        String sienne = enregistrer("G5901", DemandeExemple.nord());
        String autre = enregistrer("G5901", DemandeExemple.nord());
        rattachements.rattacher(compte("demandeur-2"), sienne);
        String chemin = "/portail/demandes/" + sienne + "/pieces/IDENTITE";

        HttpResponse<String> formulaire = navigateur.get(chemin);
        assertThat(formulaire.statusCode()).isEqualTo(200);
        assertThat(formulaire.body()).contains("capture=\"environment\"", "accept=\"image/jpeg,image/png\"",
                "10 Mo au plus", "Prendre une photo du document");

        // a PDF that claims to be a photo: one sentence, nothing written
        HttpResponse<String> falsifie = televerser(navigateur, chemin, "photo.jpg", "image/jpeg", FichiersEssai.pdf(), true);
        assertThat(falsifie.statusCode()).isEqualTo(422);
        assertThat(falsifie.body()).contains("Votre document n’a pas été ajouté",
                "n’est pas ce que son nom annonce");
        // text dressed as a PDF
        HttpResponse<String> texte = televerser(navigateur, chemin, "releve.pdf", "application/pdf",
                "bonjour".getBytes(StandardCharsets.UTF_8), true);
        assertThat(texte.statusCode()).isEqualTo(422);
        assertThat(texte.body()).contains("Votre document n’a pas été ajouté");
        // empty; larger than the plan allows (10 MB), under the multipart ceiling
        assertThat(televerser(navigateur, chemin, "vide.png", "image/png", new byte[0], true).statusCode())
                .isEqualTo(422);
        HttpResponse<String> lourd = televerser(navigateur, chemin, "scan.pdf", "application/pdf",
                new byte[10 * 1024 * 1024 + 1], true);
        assertThat(lourd.statusCode()).isEqualTo(422);
        assertThat(lourd.body()).contains("Ce fichier est trop lourd : 10 Mo au plus");
        // without the CSRF token
        assertThat(televerser(navigateur, chemin, "photo.png", "image/png", FichiersEssai.photo(), false).statusCode())
                .isEqualTo(403);
        // another applicant's demande, an unknown category: the page of an unknown demande
        navigateur.get(chemin);
        assertThat(televerser(navigateur, "/portail/demandes/" + autre + "/pieces/IDENTITE", "photo.png",
                "image/png", FichiersEssai.photo(), true).statusCode()).isEqualTo(404);
        assertThat(navigateur.get("/portail/demandes/" + sienne + "/pieces/INCONNUE").statusCode()).isEqualTo(404);
        assertThat(pieces(sienne)).isZero();
        assertThat(pieces(autre)).isZero();

        navigateur.get(chemin);
        HttpResponse<String> deposee = televerser(navigateur, chemin, "photo.png", "image/png", FichiersEssai.photo(), true);

        assertThat(deposee.statusCode()).isEqualTo(302);
        assertThat(deposee.headers().firstValue("Location").orElseThrow())
                .endsWith("/portail/demandes/" + sienne + "/pieces");
        assertThat(jdbc.sql("select guichet || ' ' || acteur_type from piece where numero_unique = ?").param(sienne)
                .query(String.class).list()).containsExactly("GPORT DEMANDEUR");
        assertThat(jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(sienne)
                .query(String.class).list()).containsExactly("CRE", "PJD");
        HttpResponse<String> documents = navigateur.get("/portail/demandes/" + sienne + "/pieces");
        assertThat(documents.body()).contains("Votre document est bien arrivé")
                .doesNotContain("Ajouter : Identité et régularité du séjour");
    }
}
