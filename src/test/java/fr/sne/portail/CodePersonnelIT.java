package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.CodesPersonnels;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.ConnexionsDemandeurs;
import fr.sne.portail.application.EnvoyerCodes;
import fr.sne.portail.application.RattacherParCode;
import fr.sne.portail.domaine.IdentiteDemandeur;
import jakarta.mail.internet.MimeMessage;

/**
 * The personal code of a demande (ADR 0027): created at registration, stored only as a keyed hash, printed on the
 * attestation and e-mailed; attaching by numéro and code on the portal, the same answer for a wrong code and an
 * unknown numéro, journaled, slowed then refused; a new code sent to the demande's own address, never shown.
 */
class CodePersonnelIT extends ApiIT {

    @Autowired
    private CodesPersonnels codes;

    @Autowired
    private EnvoyerCodes envoyer;

    @Autowired
    private RattacherParCode rattacher;

    @Autowired
    private ConnexionsDemandeurs connexions;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private Stockage stockage;

    private String enregistrer(String courriel) {
        Map<String, Object> json = new HashMap<>(DemandeExemple.nord().json());
        if (courriel == null) {
            json.remove("contact");
        } else {
            json.put("contact", Map.of("telephone", "06 12 34 56 78", "email", courriel, "consentementEmail", true,
                    "consentementSms", false));
        }
        Reponse r = api.post("G5901", "/v1.0/demandes", json, UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private List<String> courrielsA(String adresse) throws Exception {
        List<String> textes = new java.util.ArrayList<>();
        for (MimeMessage m : courriels.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(adresse)) {
                textes.add(m.getSubject() + "\n" + m.getContent());
            }
        }
        return textes;
    }

    private static String texte(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void le_code_est_cree_a_l_enregistrement_imprime_sur_l_attestation_et_envoye_par_courriel() throws Exception {
        String adresse = "code-" + UUID.randomUUID() + "@example.org";
        String numero = enregistrer(adresse);

        String code = codes.codeActuel(numero).orElseThrow();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
        // only a keyed hash is stored, and who created it
        Map<String, Object> ligne = jdbc.sql("select generation, empreinte, cree_par_type, cree_par from code_personnel "
                + "where numero_unique = ?").param(numero).query().singleRow();
        assertThat(ligne).containsEntry("generation", 0).containsEntry("cree_par_type", "CLIENT_API");
        assertThat((String) ligne.get("empreinte")).hasSize(64).doesNotContain(code)
                .doesNotContain(code.replace("-", ""));

        Reponse attestation = api.get("G5901", "/v1.0/demandes/" + numero + "/attestation");
        assertThat(attestation.statut()).isEqualTo(200);
        assertThat(texte(attestation.corps())).contains("Code personnel " + code);

        envoyer.envoyerCourriels();
        assertThat(courrielsA(adresse)).singleElement().asString().contains(numero).contains(code);
        assertThat(jdbc.sql("select count(*) from envoi_code_personnel where numero_unique = ? and envoye_le is null")
                .param(numero).query(Integer.class).single()).isZero();

        // without an e-mail address: a code all the same (on the attestation), no e-mail
        String sansCourriel = enregistrer(null);
        assertThat(codes.codeActuel(sansCourriel)).isPresent();
        assertThat(jdbc.sql("select count(*) from envoi_code_personnel where numero_unique = ?").param(sansCourriel)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void un_demandeur_rattache_une_demande_de_guichet_par_numero_et_code_et_un_code_faux_ne_dit_rien() {
        String numero = enregistrer("rattache-" + UUID.randomUUID() + "@example.org");
        String code = codes.codeActuel(numero).orElseThrow();
        NavigateurHttp navigateur = new NavigateurHttp(port);
        navigateur.connecter("/portail/rattacher", "demandeur-3", "demandeur-3-mdp");
        UUID compte = jdbc.sql("select id from compte_demandeur where sujet = 'demandeur-3'").query(UUID.class)
                .single();
        long tentativesAvant = jdbc.sql("select count(*) from tentative_rattachement where compte = ?").param(compte)
                .query(Long.class).single();

        // a wrong code for a real numéro, and a code for a numéro that does not exist: the same sentence
        HttpResponse<String> codeFaux = navigateur.post("/portail/rattacher", Map.of("numero", numero,
                "code", "ABCDE-FGHJK"));
        navigateur.get("/portail/rattacher");
        HttpResponse<String> numeroInconnu = navigateur.post("/portail/rattacher", Map.of("numero",
                "0591126999999G5901", "code", code));
        for (HttpResponse<String> r : List.of(codeFaux, numeroInconnu)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Le numéro ou le code n&#39;est pas bon");
        }
        assertThat(erreur(codeFaux.body())).isEqualTo(erreur(numeroInconnu.body()));
        assertThat(jdbc.sql("select count(*) from rattachement_demandeur where compte = ? and numero_unique = ?")
                .params(compte, numero).query(Integer.class).single()).isZero();

        // the right code, typed with spaces and in lower case: attached, and the page of the demande opens
        navigateur.get("/portail/rattacher");
        HttpResponse<String> juste = navigateur.post("/portail/rattacher", Map.of("numero", " " + numero + " ",
                "code", code.toLowerCase().replace("-", " ")));
        assertThat(juste.statusCode()).isEqualTo(302);
        assertThat(juste.headers().firstValue("Location").orElseThrow()).endsWith("/portail/demandes/" + numero);
        assertThat(navigateur.get("/portail/demandes/" + numero).body()).contains("maintenant reliée");
        assertThat(jdbc.sql("select mode from rattachement_demandeur where compte = ? and numero_unique = ?")
                .params(compte, numero).query(String.class).single()).isEqualTo("CODE");
        // each attempt journaled, the numéro as typed, never the code
        assertThat(jdbc.sql("select issue from tentative_rattachement where compte = ? order by id").param(compte)
                .query(String.class).list()).hasSize((int) tentativesAvant + 3)
                .endsWith("ECHOUEE", "ECHOUEE", "REUSSIE");
        assertThat(jdbc.sql("select count(*) from tentative_rattachement where numero_saisi like ?")
                .param("%" + code.substring(0, 5) + "%").query(Integer.class).single()).isZero();
    }

    private static String erreur(String page) {
        int debut = page.indexOf("id=\"erreur-rattachement\"");
        return page.substring(debut, page.indexOf("</div>", debut));
    }

    @Test
    void des_codes_faux_repetes_ralentissent_puis_sont_refuses_meme_le_bon() {
        String numero = enregistrer(null);
        String code = codes.codeActuel(numero).orElseThrow();
        UUID compte = connexions.connecter("essai-" + UUID.randomUUID(),
                new IdentiteDemandeur("Essai", "Freinage", LocalDate.of(1990, 1, 1), null));

        for (int i = 0; i < 5; i++) {
            assertThat(rattacher.executer(compte, numero, "ZZZZZ-ZZZZ" + (i + 2), "198.51.100.7"))
                    .isInstanceOf(RattacherParCode.Issue.Refusee.class);
        }
        RattacherParCode.Issue bloque = rattacher.executer(compte, numero, code, "198.51.100.7");
        assertThat(bloque).isInstanceOfSatisfying(RattacherParCode.Issue.Freinee.class,
                f -> assertThat(f.attente()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(30)));
        assertThat(jdbc.sql("select count(*) from rattachement_demandeur where compte = ?").param(compte)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select issue from tentative_rattachement where compte = ? order by id").param(compte)
                .query(String.class).list()).containsExactly("ECHOUEE", "ECHOUEE", "ECHOUEE", "ECHOUEE", "ECHOUEE",
                        "FREINEE");
        // another account is not slowed by this one's failures
        UUID autre = connexions.connecter("essai-" + UUID.randomUUID(),
                new IdentiteDemandeur("Essai", "Autre", LocalDate.of(1990, 1, 1), null));
        assertThat(rattacher.executer(autre, numero, code, "198.51.100.8"))
                .isInstanceOf(RattacherParCode.Issue.Rattachee.class);
    }

    @Test
    void un_code_perdu_part_a_l_adresse_de_la_demande_jamais_a_l_ecran() throws Exception {
        String adresse = "perdu-" + UUID.randomUUID() + "@example.org";
        String avecCourriel = enregistrer(adresse);
        String sansCourriel = enregistrer(null);
        String ancien = codes.codeActuel(avecCourriel).orElseThrow();
        NavigateurHttp navigateur = new NavigateurHttp(port);
        navigateur.connecter("/portail/code-oublie", "demandeur-2", "demandeur-2-mdp");

        HttpResponse<String> reponse = navigateur.suivre(navigateur.post("/portail/code-oublie",
                Map.of("numero", avecCourriel)));
        String nouveau = codes.codeActuel(avecCourriel).orElseThrow();
        assertThat(nouveau).isNotEqualTo(ancien);
        assertThat(reponse.body()).contains("Si ce numéro correspond à une demande").doesNotContain(nouveau)
                .doesNotContain(ancien);
        // an unknown numéro: the same page
        navigateur.get("/portail/code-oublie");
        HttpResponse<String> inconnu = navigateur.suivre(navigateur.post("/portail/code-oublie",
                Map.of("numero", "0591126999999G5901")));
        assertThat(inconnu.body()).contains("Si ce numéro correspond à une demande");

        envoyer.envoyerCourriels();
        assertThat(courrielsA(adresse)).anySatisfy(t -> assertThat(t).contains(nouveau).contains("nouveau code"));
        // the former code no longer attaches
        UUID compte = connexions.connecter("essai-" + UUID.randomUUID(),
                new IdentiteDemandeur("Essai", "Ancien", LocalDate.of(1990, 1, 1), null));
        assertThat(rattacher.executer(compte, avecCourriel, ancien, "198.51.100.9"))
                .isInstanceOf(RattacherParCode.Issue.Refusee.class);
        assertThat(rattacher.executer(compte, avecCourriel, nouveau, "198.51.100.9"))
                .isInstanceOf(RattacherParCode.Issue.Rattachee.class);

        // a second request the same day changes nothing (a stranger who knows the numéro cannot keep changing it)
        navigateur.get("/portail/code-oublie");
        navigateur.post("/portail/code-oublie", Map.of("numero", avecCourriel));
        assertThat(codes.codeActuel(avecCourriel)).contains(nouveau);

        // without an e-mail address: a letter in the day's batch to print and post
        navigateur.get("/portail/code-oublie");
        navigateur.post("/portail/code-oublie", Map.of("numero", sansCourriel));
        String codeCourrier = codes.codeActuel(sansCourriel).orElseThrow();
        assertThat(envoyer.ecrireLettres(LocalDate.now())).isPositive();
        String lot = jdbc.sql("select lot_courrier from envoi_code_personnel where numero_unique = ? and canal = "
                + "'COURRIER'").param(sansCourriel).query(String.class).single();
        assertThat(texte(stockage.lire(lot).orElseThrow())).contains(sansCourriel).contains(codeCourrier);
    }
}
