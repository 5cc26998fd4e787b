package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.Rattachements;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * The applicant's own acts on the portal over HTTP (issue 18 §2, ADR 0028): filing page by page to the attestation
 * (sent by e-mail), a duplicate explained, a renewal outside then inside the window, a modification that cannot
 * touch the civil status, a renunciation confirmed or not, and another account's demande: each refusal a sentence on
 * the page, nothing written (the database says so).
 */
class PortailDepotIT extends ApiIT {

    private static final Pattern NUMERO = Pattern.compile("/portail/demandes/(\\d{13}GPORT)/deposee");

    @Autowired
    private Rattachements rattachements;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private fr.sne.demande.DemarchesDemandeur demarches;

    /** A demo applicant of this test only (the embedded provider's accounts), signed in. */
    private record Demandeur(NavigateurHttp navigateur, UUID compte) {
    }

    private Demandeur demandeur(String courriel) {
        String identifiant = "demandeur-depot-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into compte_demandeur_demo (identifiant, mot_de_passe_hash, prenoms, nom, date_naissance,
                                                   courriel, actif)
                values (?, ?, 'Nina', 'Durand', date '1990-02-03', ?, true)""")
                .params(identifiant, new BCryptPasswordEncoder(4).encode("mdp-" + identifiant), courriel).update();
        NavigateurHttp navigateur = new NavigateurHttp(port);
        HttpResponse<String> liste = navigateur.connecter("/portail/demandes", identifiant, "mdp-" + identifiant);
        assertThat(liste.statusCode()).as(liste.body()).isEqualTo(200);
        UUID compte = jdbc.sql("select id from compte_demandeur where sujet = ?").param(identifiant)
                .query(UUID.class).single();
        return new Demandeur(navigateur, compte);
    }

    /** The answers of each page of a complete filing in the Nord. */
    private static Map<String, Map<String, String>> pages(String nom) {
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put("vous", Map.of("demandeur.prenoms", "Nina", "demandeur.nomNaissance", nom,
                "demandeur.dateNaissance", "1990-02-03", "demandeur.sexe", "F", "demandeur.nationalite", "3",
                "demandeur.paysNaissance", "Maroc"));
        pages.put("adresse", Map.of("adresse.voie", "12 rue de Paris", "adresse.codePostal", "59000",
                "adresse.commune", "Lille"));
        pages.put("contact", Map.of("contact.email", "nina.durand@exemple.fr", "contact.telephone", "06 12 34 56 78",
                "contact.consentementEmail", "true", "contact.consentementSms", "false"));
        pages.put("foyer", Map.of("demandeur.situationFamiliale", "C"));
        pages.put("revenus", Map.of("demandeur.situationProfessionnelle.typeContrat", "CDI",
                "demandeur.ressourcesMensuelles[0].type", "SAL", "demandeur.ressourcesMensuelles[0].montant", "1350,25",
                "demandeur.revenuFiscal.montantN1", "14500"));
        pages.put("logement", Map.of("logementActuel.modele", "LP", "logementActuel.nombreOccupants", "1",
                "logementActuel.loyerMensuel", "640", "motifs[0]", "09"));
        pages.put("souhait", Map.of("logementRecherche.typesLogement", "T2", "logementRecherche.categorie", "A",
                "logementRecherche.communesSouhaitees[0]", "Lille", "logementRecherche.communesSouhaitees[1]",
                "Roubaix", "logementRecherche.demandeElargie", "true"));
        return pages;
    }

    /** Answers every page; @return the answer to the last page's POST */
    private HttpResponse<String> remplir(NavigateurHttp n, String nom) {
        HttpResponse<String> page = n.suivre(n.post("/portail/deposer", Map.of()));
        assertThat(page.uri().getPath()).isEqualTo("/portail/deposer/vous");
        for (Map.Entry<String, Map<String, String>> p : pages(nom).entrySet()) {
            HttpResponse<String> envoi = n.post("/portail/deposer/" + p.getKey(), p.getValue());
            assertThat(envoi.statusCode()).as(p.getKey() + " " + envoi.body()).isEqualTo(302);
            page = n.suivre(envoi);
        }
        assertThat(page.uri().getPath()).isEqualTo("/portail/deposer/verification");
        return page;
    }

    /** The page's text as a person reads it (the apostrophes Thymeleaf escapes, back). */
    private static String texte(HttpResponse<String> reponse) {
        return reponse.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private int demandesDe(String nom) {
        return jdbc.sql("select count(*) from demande_personne where nom_naissance = ?").param(nom)
                .query(Integer.class).single();
    }

    @Test
    void un_demandeur_depose_page_par_page_recoit_l_attestation_par_courriel_et_la_demande_est_a_lui() throws Exception {
        Demandeur d = demandeur("nina@exemple.fr");
        NavigateurHttp n = d.navigateur();
        String nom = DemandeExemple.nomAuHasard();

        // the documents needed first, then the first page, pre-filled with what the provider vouched for
        HttpResponse<String> avant = n.get("/portail/deposer");
        assertThat(texte(avant)).contains("pièce d'identité").contains("id=\"commencer\"");
        HttpResponse<String> vous = n.suivre(n.post("/portail/deposer", Map.of()));
        assertThat(texte(vous)).contains("value=\"Nina\"").contains("value=\"Durand\"").contains("Étape 1 sur 9");

        // an answer that is no date: a sentence naming the question, kept as typed in the draft
        HttpResponse<String> erreur = n.post("/portail/deposer/vous", Map.of("demandeur.prenoms", "Nina",
                "demandeur.nomNaissance", nom, "demandeur.dateNaissance", "le trois février"));
        assertThat(erreur.statusCode()).isEqualTo(200);
        assertThat(texte(erreur)).contains("Votre réponse à « Votre date de naissance » n'est pas comprise")
                .doesNotContain("FORMAT_INVALIDE");
        assertThat(jdbc.sql("select reponses ->> 'demandeur.dateNaissance' from brouillon_portail where compte = ?")
                .param(d.compte()).query(String.class).single()).isEqualTo("le trois février");

        HttpResponse<String> verification = remplir(n, nom);
        assertThat(texte(verification)).contains("Maroc").contains("Envoyer ma demande");
        int mails = courriels.getReceivedMessages().length;
        HttpResponse<String> envoi = n.post("/portail/deposer/verification", Map.of("action", "deposer"));
        assertThat(envoi.statusCode()).as(envoi.body()).isEqualTo(302);
        Matcher m = NUMERO.matcher(envoi.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        String numero = m.group(1);

        // registered by the portal's guichet, for the applicant, marked online, attached to his account
        Map<String, Object> ligne = jdbc.sql("""
                select guichet_enregistreur, renouvellement_en_ligne, territoire from demande where numero_unique = ?""")
                .param(numero).query().singleRow();
        assertThat(ligne).containsEntry("guichet_enregistreur", "GPORT").containsEntry("renouvellement_en_ligne", true)
                .containsEntry("territoire", "059");
        assertThat(jdbc.sql("select acteur_type || ' ' || acteur_id from mouvement where numero_unique = ? and type = 'CRE'")
                .param(numero).query(String.class).single()).isEqualTo("DEMANDEUR " + d.compte());
        assertThat(rattachements.numeros(d.compte())).contains(numero);
        assertThat(jdbc.sql("select count(*) from brouillon_portail where compte = ?").param(d.compte())
                .query(Integer.class).single()).isZero();

        // the attestation: shown, downloadable, sent to the demande's e-mail address
        HttpResponse<String> confirmation = n.suivre(envoi);
        assertThat(texte(confirmation)).contains("Votre demande est enregistrée").contains(numero)
                .contains("Nous vous avons envoyé l'attestation par e-mail")
                .contains("voxusagers.numerique.gouv.fr/Demarches/").contains("je-donne-mon-avis.svg");
        assertThat(courriels.waitForIncomingEmail(5000, mails + 1)).isTrue();
        MimeMessage mail = java.util.Arrays.stream(courriels.getReceivedMessages()).filter(recu -> {
            try {
                // the attestation's mail: the numéro in its subject, the PDF attached (not the personal code's)
                return recu.getSubject().contains(numero) && recu.getContent() instanceof Multipart parties
                        && parties.getCount() > 1 && parties.getBodyPart(1).getContentType().startsWith("application/pdf");
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nina.durand@exemple.fr");
        assertThat(mail.getSubject()).contains(numero);
        Multipart parties = (Multipart) mail.getContent();
        assertThat(parties.getBodyPart(1).getContentType()).startsWith("application/pdf");
        HttpResponse<String> pdf = n.getSansSuivre("/portail/demandes/" + numero + "/attestation");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");

        // the same last page sent again (a second tab): nothing new
        n.get("/portail/demandes");
        n.post("/portail/deposer/verification", Map.of("action", "deposer"));
        assertThat(demandesDe(nom)).isEqualTo(1);
    }

    @Test
    void un_doublon_est_explique_rien_n_est_enregistre_et_le_brouillon_reste() {
        String nom = DemandeExemple.nomAuHasard();
        Demandeur premier = demandeur(null);
        remplir(premier.navigateur(), nom);
        assertThat(premier.navigateur().post("/portail/deposer/verification", Map.of("action", "deposer"))
                .statusCode()).isEqualTo(302);

        Demandeur second = demandeur(null);
        remplir(second.navigateur(), nom);
        HttpResponse<String> refus = second.navigateur().post("/portail/deposer/verification",
                Map.of("action", "deposer"));
        assertThat(refus.statusCode()).isEqualTo(200);
        assertThat(texte(refus)).contains("Une demande existe déjà pour cette personne dans ce département")
                .contains("code personnel").doesNotContain("GPORT").doesNotContain("DOUBLON");
        assertThat(demandesDe(nom)).isEqualTo(1);
        assertThat(rattachements.numeros(second.compte())).isEmpty();
        assertThat(jdbc.sql("select count(*) from brouillon_portail where compte = ?").param(second.compte())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private String enregistrerAuGuichet(DemandeExemple demande) {
        Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private Map<String, Object> etat(String numero) {
        return jdbc.sql("""
                select version, statut, date_fin_validite, renouvellement_en_ligne, motif_radiation,
                       (select count(*) from mouvement m where m.numero_unique = d.numero_unique) as mouvements
                  from demande d where numero_unique = ?""").param(numero).query().singleRow();
    }

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern CHOISIE = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected");

    private static String attribut(String balise, String nom) {
        Matcher m = Pattern.compile("\\s" + nom + "=\"([^\"]*)\"").matcher(balise);
        return m.find() ? m.group(1).replace("&#39;", "'").replace("&amp;", "&") : null;
    }

    /** The form's fields as a browser would send them back untouched (boxes ticked joined by commas). */
    private static Map<String, String> champs(String page) {
        Map<String, String> champs = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(page);
        while (m.find()) {
            String balise = m.group();
            String nom = attribut(balise, "name");
            String valeur = attribut(balise, "value");
            String type = attribut(balise, "type");
            if (nom == null || valeur == null || nom.equals("_csrf")) {
                continue;
            }
            boolean choix = "radio".equals(type) || "checkbox".equals(type);
            if (choix && !balise.contains("checked")) {
                continue;
            }
            champs.merge(nom, valeur, (a, b) -> a + "," + b);
        }
        Matcher listes = SELECT.matcher(page);
        while (listes.find()) {
            Matcher choisie = CHOISIE.matcher(listes.group(2));
            if (choisie.find() && !choisie.group(1).isEmpty()) {
                champs.put(listes.group(1), choisie.group(1));
            }
        }
        return champs;
    }

    @Test
    void le_renouvellement_hors_fenetre_dit_a_partir_de_quand_puis_dans_la_fenetre_montre_ce_qui_change() throws Exception {
        Demandeur d = demandeur("nina@exemple.fr");
        NavigateurHttp n = d.navigateur();
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrerAuGuichet(demande);
        rattachements.rattacher(d.compte(), numero);

        // a demande registered today: renewable only three months before its end
        HttpResponse<String> page = n.get("/portail/demandes/" + numero);
        assertThat(texte(page)).contains("Vous pourrez renouveler votre demande à partir du")
                .doesNotContain("id=\"renouveler\"");
        HttpResponse<String> horsFenetre = n.get("/portail/demandes/" + numero + "/renouveler");
        LocalDate fin = LocalDate.now(fr.sne.commun.HorlogeConfiguration.FUSEAU).plusYears(1);
        assertThat(texte(horsFenetre)).contains("Ce n'est pas encore le moment")
                .contains(fin.minusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Map<String, Object> avant = etat(numero);
        HttpResponse<String> force = n.post("/portail/demandes/" + numero + "/renouveler",
                Map.of("action", "confirmer", "version", String.valueOf(avant.get("version")),
                        "adresse.voie", "1 rue Forcée"));
        assertThat(force.statusCode()).isEqualTo(200);
        assertThat(etat(numero)).isEqualTo(avant);

        // two months before its end (its dates moved as time would have)
        jdbc.sql("update demande set date_fin_validite = current_date + 60 where numero_unique = ?").param(numero)
                .update();
        assertThat(texte(n.get("/portail/demandes/" + numero))).contains("id=\"renouveler\"");
        HttpResponse<String> formulaire = n.get("/portail/demandes/" + numero + "/renouveler");
        assertThat(texte(formulaire)).contains("allez à un guichet enregistreur")
                .doesNotContain("name=\"demandeur.nomNaissance\"");
        Map<String, String> reponses = champs(formulaire.body());
        reponses.put("adresse.voie", "7 rue Neuve");
        // a forged civil status is not taken from the form
        reponses.put("demandeur.nomNaissance", "Autrenom");
        HttpResponse<String> verification = n.post("/portail/demandes/" + numero + "/renouveler", reponses);
        assertThat(texte(verification)).as(verification.body()).contains("Ce qui a changé depuis votre dernière demande")
                .contains("7 rue Neuve").contains("12 rue de Paris");
        int mails = courriels.getReceivedMessages().length;
        Map<String, String> confirmer = champs(verification.body());
        confirmer.put("action", "confirmer");
        HttpResponse<String> fait = n.post("/portail/demandes/" + numero + "/renouveler", confirmer);
        assertThat(fait.statusCode()).as(fait.body()).isEqualTo(302);
        assertThat(texte(n.suivre(fait))).contains("Votre demande est renouvelée")
                .contains("voxusagers.numerique.gouv.fr/Demarches/");

        Map<String, Object> apres = etat(numero);
        assertThat(apres.get("date_fin_validite").toString()).isEqualTo(LocalDate.now(fr.sne.commun.HorlogeConfiguration.FUSEAU).plusYears(1).toString());
        assertThat(apres).containsEntry("renouvellement_en_ligne", true);
        assertThat(jdbc.sql("select nom_naissance from demande_personne p join demande d on d.id = p.demande_id "
                + "where d.numero_unique = ? and p.role = 'DEMANDEUR'").param(numero).query(String.class).single())
                .isEqualTo(demande.nom());
        assertThat(jdbc.sql("select acteur_type from mouvement where numero_unique = ? and type = 'REN'")
                .param(numero).query(String.class).single()).isEqualTo("DEMANDEUR");
        // the filing's own mail may still be on its way: wait for the renewal's, among whatever arrives
        long jusqua = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        boolean recu = false;
        while (!recu && System.nanoTime() < jusqua) {
            // GreenMail lists messages per mailbox, not in order of arrival: the renewal's is found by its subject
            recu = java.util.Arrays.stream(courriels.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).anyMatch(objet -> objet.contains(numero) && objet.contains("renouvelée"));
            if (!recu) {
                courriels.waitForIncomingEmail(200, courriels.getReceivedMessages().length + 1);
            }
        }
        assertThat(recu).as("le courriel du renouvellement de " + numero).isTrue();
    }

    @Test
    void le_demandeur_change_ses_coordonnees_puis_renonce_apres_confirmation_et_jamais_sans() {
        Demandeur d = demandeur(null);
        NavigateurHttp n = d.navigateur();
        String numero = enregistrerAuGuichet(DemandeExemple.nord());
        rattachements.rattacher(d.compte(), numero);

        HttpResponse<String> formulaire = n.get("/portail/demandes/" + numero + "/modifier");
        Map<String, String> reponses = champs(formulaire.body());
        reponses.put("contact.telephone", "07 00 00 00 01");
        reponses.put("logementRecherche.typesLogement", "T2,T3");
        HttpResponse<String> modifiee = n.post("/portail/demandes/" + numero + "/modifier", reponses);
        assertThat(modifiee.statusCode()).as(modifiee.body()).isEqualTo(302);
        assertThat(texte(n.suivre(modifiee))).contains("Vos changements sont enregistrés");
        assertThat(jdbc.sql("select contenu -> 'contact' ->> 'telephone' from demande where numero_unique = ?")
                .param(numero).query(String.class).single()).isEqualTo("0700000001");

        // without the box ticked: a sentence, nothing written
        Map<String, Object> avant = etat(numero);
        HttpResponse<String> page = n.get("/portail/demandes/" + numero + "/renoncer");
        assertThat(texte(page)).contains("Je confirme que je renonce");
        HttpResponse<String> nonConfirmee = n.post("/portail/demandes/" + numero + "/renoncer",
                Map.of("version", String.valueOf(avant.get("version"))));
        assertThat(nonConfirmee.statusCode()).isEqualTo(200);
        assertThat(texte(nonConfirmee)).contains("Cochez la case pour confirmer");
        assertThat(etat(numero)).isEqualTo(avant);

        HttpResponse<String> confirmee = n.post("/portail/demandes/" + numero + "/renoncer",
                Map.of("version", String.valueOf(avant.get("version")), "confirmation", "oui"));
        assertThat(confirmee.statusCode()).isEqualTo(302);
        assertThat(texte(n.suivre(confirmee))).contains("Vous avez renoncé à votre demande");
        assertThat(etat(numero)).containsEntry("statut", "RADIEE").containsEntry("motif_radiation", "b");
        assertThat(jdbc.sql("select acteur_type from mouvement where numero_unique = ? and type = 'RAD'")
                .param(numero).query(String.class).single()).isEqualTo("DEMANDEUR");

        // once radiated, nothing more to do; a renunciation sent again changes nothing
        Map<String, Object> radiee = etat(numero);
        n.get("/portail/demandes/" + numero + "/renoncer");
        n.post("/portail/demandes/" + numero + "/renoncer", Map.of("version", String.valueOf(radiee.get("version")),
                "confirmation", "oui"));
        assertThat(etat(numero)).isEqualTo(radiee);
    }

    @Test
    void la_demande_d_un_autre_compte_ne_se_renouvelle_ni_ne_se_renonce_et_rien_n_est_ecrit() {
        Demandeur proprietaire = demandeur(null);
        String numero = enregistrerAuGuichet(DemandeExemple.nord());
        rattachements.rattacher(proprietaire.compte(), numero);
        jdbc.sql("update demande set date_fin_validite = current_date + 60 where numero_unique = ?").param(numero)
                .update();
        Map<String, Object> avant = etat(numero);

        Demandeur intrus = demandeur(null);
        NavigateurHttp n = intrus.navigateur();
        n.get("/portail/demandes");
        List<HttpResponse<String>> reponses = new ArrayList<>();
        reponses.add(n.get("/portail/demandes/" + numero + "/renoncer"));
        reponses.add(n.post("/portail/demandes/" + numero + "/renoncer", Map.of("version",
                String.valueOf(avant.get("version")), "confirmation", "oui")));
        reponses.add(n.post("/portail/demandes/" + numero + "/renouveler", Map.of("version",
                String.valueOf(avant.get("version")), "action", "confirmer")));
        reponses.add(n.post("/portail/demandes/" + numero + "/modifier", Map.of("version",
                String.valueOf(avant.get("version")), "contact.telephone", "0600000000")));
        reponses.add(n.get("/portail/demandes/" + numero + "/attestation"));
        for (HttpResponse<String> r : reponses) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(texte(r)).contains("Nous ne trouvons pas cette demande");
        }
        assertThat(etat(numero)).isEqualTo(avant);
    }

    @Test
    void par_le_cas_d_usage_l_etat_civil_reste_aux_guichets_et_seule_une_demande_rattachee_se_change() {
        DemandeExemple exemple = DemandeExemple.nord();
        String numero = enregistrerAuGuichet(exemple);
        String compte = UUID.randomUUID().toString();
        fr.sne.commun.acteur.Acteur demandeur = fr.sne.commun.acteur.Acteur.demandeur(compte, java.util.Set.of(numero));
        fr.sne.demande.DemarchesDemandeur.DemandeDuDemandeur lue = demarches.lire(numero, demandeur);
        assertThat(lue.peutModifier()).isTrue();
        assertThat(lue.peutRenouveler()).isFalse();
        assertThat(lue.peutRenoncer()).isTrue();
        Map<String, Object> avant = etat(numero);

        // another birth name: refused with its code, nothing written
        Map<String, Object> contenu = new LinkedHashMap<>(lue.contenu());
        @SuppressWarnings("unchecked")
        Map<String, Object> personne = new LinkedHashMap<>((Map<String, Object>) contenu.get("demandeur"));
        personne.put("nomNaissance", "Autrenom");
        contenu.put("demandeur", personne);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demarches.modifier(numero, contenu, lue.version(),
                demandeur)).isInstanceOfSatisfying(fr.sne.commun.ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("ETAT_CIVIL_RESERVE_AUX_GUICHETS"));
        // a renewal outside the window
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demarches.renouveler(numero, lue.contenu(),
                lue.version(), demandeur)).isInstanceOfSatisfying(fr.sne.commun.ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("RENOUVELLEMENT_HORS_FENETRE"));
        // an applicant whose account does not hold it: the demande is unknown to him
        fr.sne.commun.acteur.Acteur autre = fr.sne.commun.acteur.Acteur.demandeur(UUID.randomUUID().toString(),
                java.util.Set.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demarches.renoncer(numero, lue.version(), autre))
                .isInstanceOf(fr.sne.commun.RessourceIntrouvableException.class);
        // a guichet goes through its own channels
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demarches.renoncer(numero, lue.version(),
                fr.sne.commun.acteur.Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059")))
                .isInstanceOf(fr.sne.commun.AccesRefuseException.class);
        assertThat(etat(numero)).isEqualTo(avant);
    }

    @Test
    void une_saisie_hostile_ne_deborde_pas_et_une_page_inconnue_n_existe_pas() {
        Demandeur d = demandeur(null);
        NavigateurHttp n = d.navigateur();
        n.suivre(n.post("/portail/deposer", Map.of()));
        String long_ = "A".repeat(20_000);
        HttpResponse<String> envoi = n.post("/portail/deposer/vous", Map.of("demandeur.prenoms", long_,
                "champInconnu", "x", "demandeur.nomNaissance", "<script>alert(1)</script>"));
        assertThat(envoi.statusCode()).isEqualTo(200);
        assertThat(envoi.body()).doesNotContain("<script>alert(1)</script>");
        Map<String, Object> brouillon = jdbc.sql("""
                select length(reponses ->> 'demandeur.prenoms') as longueur, (reponses ->> 'champInconnu') is not null as inconnu
                  from brouillon_portail where compte = ?""").param(d.compte()).query().singleRow();
        assertThat(brouillon).containsEntry("longueur", 500).containsEntry("inconnu", false);
        assertThat(n.get("/portail/deposer/etape-inventee").statusCode()).isEqualTo(404);
    }

    // --- the household (helper A, foyer; ADR 0028 amended 2026-12-07) --------------------------------------------

    private static final String NAISSANCE_CO = "1986-09-03";

    /** The co-demandeur's page's answers. */
    private static Map<String, String> coDemandeur(String nom, String prenoms, String naissance) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("coDemandeurs[0].prenoms", prenoms);
        r.put("coDemandeurs[0].nomNaissance", nom);
        r.put("coDemandeurs[0].dateNaissance", naissance);
        r.put("coDemandeurs[0].sexe", "M");
        r.put("coDemandeurs[0].nationalite", "1");
        r.put("coDemandeurs[0].lienDemandeur", "M");
        r.put("coDemandeurs[0].situationProfessionnelle.typeContrat", "CDI");
        r.put("coDemandeurs[0].ressourcesMensuelles[0].type", "SAL");
        r.put("coDemandeurs[0].ressourcesMensuelles[0].montant", "1100");
        r.put("coDemandeurs[0].revenuFiscal.montantN1", "12000");
        return r;
    }

    /** Fills a filing with a household: someone signs the lease, two persons in care in places 2 and 4, a birth. */
    private HttpResponse<String> remplirFoyer(NavigateurHttp n, String nom, Map<String, String> co) {
        n.suivre(n.post("/portail/deposer", Map.of()));
        Map<String, Map<String, String>> pages = pages(nom);
        for (String p : List.of("vous", "adresse", "contact")) {
            assertThat(n.post("/portail/deposer/" + p, pages.get(p)).statusCode()).isEqualTo(302);
        }
        // no one else signs: the co-demandeur's page is skipped
        HttpResponse<String> seul = n.post("/portail/deposer/foyer", Map.of("demandeur.situationFamiliale", "M",
                "portail.coDemandeur", "false"));
        assertThat(seul.headers().firstValue("Location").orElseThrow()).endsWith("/portail/deposer/personnes");
        assertThat(texte(n.suivre(seul))).contains("Étape 5 sur 9");
        HttpResponse<String> foyer = n.post("/portail/deposer/foyer", Map.of("demandeur.situationFamiliale", "M",
                "portail.coDemandeur", "true"));
        assertThat(foyer.headers().firstValue("Location").orElseThrow()).endsWith("/portail/deposer/co-demandeur");
        HttpResponse<String> pageCo = n.suivre(foyer);
        assertThat(texte(pageCo)).contains("Étape 5 sur 10").contains("Qui est cette personne pour vous ?")
                .contains("Mon époux ou mon épouse");
        assertThat(n.post("/portail/deposer/co-demandeur", co).headers().firstValue("Location").orElseThrow())
                .endsWith("/portail/deposer/personnes");
        Map<String, String> personnes = new LinkedHashMap<>();
        personnes.put("personnesACharge[1].prenoms", "Léo");
        personnes.put("personnesACharge[1].nom", nom);
        personnes.put("personnesACharge[1].dateNaissance", "2015-06-01");
        personnes.put("personnesACharge[1].sexe", "M");
        personnes.put("personnesACharge[1].lienParente", "E");
        // the fourth place: a first name but no name
        personnes.put("personnesACharge[3].prenoms", "Inès");
        personnes.put("personnesACharge[3].dateNaissance", "2019-01-20");
        personnes.put("personnesACharge[3].lienParente", "E");
        personnes.put("personnesANaitre.nombre", "1");
        personnes.put("personnesANaitre.dateNaissancePrevue", LocalDate.now().plusMonths(4).toString());
        personnes.put("handicap.nombrePersonnes", "1");
        personnes.put("handicap.logementAdapteNecessaire", "true");
        personnes.put("handicap.precisions", "Pas de marches");
        HttpResponse<String> erreur = n.post("/portail/deposer/personnes", personnes);
        // the registry's second person is the fourth place: the error is said there, the field marked there
        assertThat(erreur.statusCode()).as(erreur.body()).isEqualTo(200);
        assertThat(texte(erreur)).contains("Répondez à la question « Personne 4 : Nom »")
                .contains("href=\"#personnesACharge-3-nom\"").doesNotContain("Personne 2 : Nom");
        personnes.put("personnesACharge[3].nom", nom);
        assertThat(n.post("/portail/deposer/personnes", personnes).statusCode()).isEqualTo(302);
        for (String p : List.of("revenus", "logement", "souhait")) {
            assertThat(n.post("/portail/deposer/" + p, pages.get(p)).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> verification = n.get("/portail/deposer/verification");
        assertThat(texte(verification)).contains("Étape 10 sur 10").contains("Personne 2 : Prénoms")
                .doesNotContain("Personne 1 : Prénoms");
        return verification;
    }

    @Test
    void un_foyer_se_depose_en_ligne_co_demandeur_personnes_a_charge_naissance_et_handicap() {
        Demandeur d = demandeur(null);
        NavigateurHttp n = d.navigateur();
        String nom = DemandeExemple.nomAuHasard();
        remplirFoyer(n, nom, coDemandeur(nom, "Karim", NAISSANCE_CO));

        HttpResponse<String> envoi = n.post("/portail/deposer/verification", Map.of("action", "deposer"));
        assertThat(envoi.statusCode()).as(envoi.body()).isEqualTo(302);
        Matcher m = NUMERO.matcher(envoi.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        String numero = m.group(1);

        String contenu = "select contenu #>> ?::text[] from demande where numero_unique = ?";
        java.util.function.Function<String, String> valeur = chemin -> jdbc.sql(contenu)
                .params("{" + chemin + "}", numero).query(String.class).single();
        assertThat(valeur.apply("coDemandeurs,0,prenoms")).isEqualTo("Karim");
        assertThat(valeur.apply("coDemandeurs,0,dateNaissance")).isEqualTo(NAISSANCE_CO);
        assertThat(valeur.apply("coDemandeurs,0,lienDemandeur")).isEqualTo("M");
        assertThat(valeur.apply("coDemandeurs,0,civilite")).isEqualTo("1");
        assertThat(valeur.apply("personnesACharge,0,prenoms")).isEqualTo("Léo");
        assertThat(valeur.apply("personnesACharge,1,prenoms")).isEqualTo("Inès");
        assertThat(jdbc.sql("select jsonb_array_length(contenu -> 'personnesACharge') from demande where numero_unique = ?")
                .param(numero).query(Integer.class).single()).isEqualTo(2);
        assertThat(valeur.apply("personnesANaitre,nombre")).isEqualTo("1");
        assertThat(valeur.apply("handicap,logementAdapteNecessaire")).isEqualTo("true");
        // the applicant, the co-demandeur, two persons in care, one birth
        assertThat(valeur.apply("logementRecherche,nombrePersonnes")).isEqualTo("5");
        assertThat(jdbc.sql("select string_agg(p.role || ' ' || p.prenoms, ', ' order by p.role, p.rang) "
                + "from demande_personne p join demande d on d.id = p.demande_id where d.numero_unique = ?")
                .param(numero).query(String.class).single())
                .isEqualTo("CO_DEMANDEUR Karim, DEMANDEUR Nina, PERSONNE_A_CHARGE Léo, PERSONNE_A_CHARGE Inès");
    }

    @Test
    void un_co_demandeur_qui_a_deja_une_demande_active_recoit_la_phrase_du_doublon() {
        DemandeExemple existante = DemandeExemple.nord();
        enregistrerAuGuichet(existante);
        Demandeur d = demandeur(null);
        NavigateurHttp n = d.navigateur();
        String nom = DemandeExemple.nomAuHasard();
        remplirFoyer(n, nom, coDemandeur(existante.nom(), "Claire", "1988-04-12"));

        HttpResponse<String> refus = n.post("/portail/deposer/verification", Map.of("action", "deposer"));
        assertThat(refus.statusCode()).isEqualTo(200);
        assertThat(texte(refus)).contains("pour vous ou pour la personne qui signe le bail avec vous")
                .contains("Relier une demande à mon compte").doesNotContain("DOUBLON");
        assertThat(demandesDe(nom)).isZero();
        assertThat(demandesDe(existante.nom())).isEqualTo(1);
    }

    @Test
    void au_renouvellement_un_co_demandeur_s_ajoute_puis_son_etat_civil_ne_change_plus_en_ligne() {
        Demandeur d = demandeur(null);
        NavigateurHttp n = d.navigateur();
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrerAuGuichet(demande);
        rattachements.rattacher(d.compte(), numero);
        jdbc.sql("update demande set date_fin_validite = current_date + 60 where numero_unique = ?").param(numero)
                .update();

        // a demande without co-demandeur: his civil status is typed
        HttpResponse<String> formulaire = n.get("/portail/demandes/" + numero + "/renouveler");
        assertThat(formulaire.body()).contains("name=\"coDemandeurs[0].dateNaissance\"");
        Map<String, String> reponses = champs(formulaire.body());
        reponses.put("portail.coDemandeur", "true");
        reponses.putAll(coDemandeur(demande.nom(), "Karim", NAISSANCE_CO));
        HttpResponse<String> verification = n.post("/portail/demandes/" + numero + "/renouveler", reponses);
        assertThat(texte(verification)).as(verification.body()).contains("Ce qui a changé depuis votre dernière demande")
                .contains("Karim");
        Map<String, String> confirmer = champs(verification.body());
        confirmer.put("action", "confirmer");
        HttpResponse<String> fait = n.post("/portail/demandes/" + numero + "/renouveler", confirmer);
        assertThat(fait.statusCode()).as(fait.body()).isEqualTo(302);
        String naissance = "select contenu #>> '{coDemandeurs,0,dateNaissance}' from demande where numero_unique = ?";
        assertThat(jdbc.sql(naissance).param(numero).query(String.class).single()).isEqualTo(NAISSANCE_CO);
        assertThat(jdbc.sql("select contenu #>> '{logementRecherche,nombrePersonnes}' from demande "
                + "where numero_unique = ?").param(numero).query(String.class).single()).isEqualTo("2");

        // the next renewal: his civil status shown, not asked; a forged birth date and a "no" are not taken
        jdbc.sql("update demande set date_fin_validite = current_date + 60 where numero_unique = ?").param(numero)
                .update();
        HttpResponse<String> suivant = n.get("/portail/demandes/" + numero + "/renouveler");
        assertThat(suivant.body()).doesNotContain("name=\"coDemandeurs[0].dateNaissance\"")
                .doesNotContain("name=\"portail.coDemandeur\"").contains("03/09/1986")
                .contains("name=\"coDemandeurs[0].nationalite\"");
        Map<String, String> forge = champs(suivant.body());
        forge.put("coDemandeurs[0].dateNaissance", "1990-01-01");
        forge.put("portail.coDemandeur", "false");
        forge.put("coDemandeurs[0].revenuFiscal.montantN1", "13000");
        HttpResponse<String> verif = n.post("/portail/demandes/" + numero + "/renouveler", forge);
        Map<String, String> confirmerForge = champs(verif.body());
        confirmerForge.put("action", "confirmer");
        assertThat(n.post("/portail/demandes/" + numero + "/renouveler", confirmerForge).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql(naissance).param(numero).query(String.class).single()).isEqualTo(NAISSANCE_CO);
        assertThat(jdbc.sql("select contenu #>> '{coDemandeurs,0,revenuFiscal,montantN1}' from demande "
                + "where numero_unique = ?").param(numero).query(String.class).single()).isEqualTo("13000");

        // the registry itself refuses the applicant's change of a co-demandeur's birth date, nothing written
        fr.sne.commun.acteur.Acteur acteur = fr.sne.commun.acteur.Acteur.demandeur(d.compte().toString(),
                java.util.Set.of(numero));
        fr.sne.demande.DemarchesDemandeur.DemandeDuDemandeur lue = demarches.lire(numero, acteur);
        Map<String, Object> contenu = new LinkedHashMap<>(lue.contenu());
        @SuppressWarnings("unchecked")
        Map<String, Object> co = new LinkedHashMap<>(((List<Map<String, Object>>) contenu.get("coDemandeurs")).get(0));
        co.put("dateNaissance", "1990-01-01");
        contenu.put("coDemandeurs", List.of(co));
        Map<String, Object> avant = etat(numero);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demarches.modifier(numero, contenu, lue.version(),
                acteur)).isInstanceOfSatisfying(fr.sne.commun.ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("ETAT_CIVIL_RESERVE_AUX_GUICHETS"));
        assertThat(etat(numero)).isEqualTo(avant);
    }
}
