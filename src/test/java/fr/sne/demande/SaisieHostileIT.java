package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a hostile or careless client sends: every refusal is a problem document and leaves nothing written. */
class SaisieHostileIT extends ApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Reponse poster(DemandeExemple demande, Map<String, String> entetes) {
        return poster(JSON.writeValueAsString(demande.json()), entetes);
    }

    private Reponse poster(String corps, Map<String, String> entetes) {
        Map<String, String> tous = new java.util.LinkedHashMap<>(Map.of("Content-Type", "application/json",
                "Idempotency-Key", UUID.randomUUID().toString()));
        tous.putAll(entetes);
        return api.requete("POST", "G5901", "/v1.0/demandes", tous, corps);
    }

    private int demandesAuNom(String nom) {
        return jdbc.sql("select count(*) from demande_personne where nom_naissance = ?").param(nom)
                .query(Integer.class).single();
    }

    static void estUnProbleme(Reponse r, int statut) {
        assertThat(r.statut()).as(r.texte()).isEqualTo(statut);
        assertThat(r.entete("Content-Type")).as(r.texte()).startsWith("application/problem+json");
        JsonNode corps = r.json();
        assertThat(corps.get("status").asInt()).as(r.texte()).isEqualTo(statut);
        assertThat(corps.has("type")).as(r.texte()).isTrue();
        assertThat(corps.has("code") || corps.has("erreurs")).as(r.texte()).isTrue();
    }

    @Test
    void un_format_de_reponse_inacceptable_est_refuse_avant_toute_ecriture() {
        for (String accept : List.of("application/xml", "text/html", "application/pdf", "image/png", "text/plain",
                "application/problem+json")) {
            DemandeExemple demande = DemandeExemple.nord();

            Reponse r = poster(demande, Map.of("Accept", accept));

            estUnProbleme(r, 406);
            assertThat(r.json().get("code").asString()).isEqualTo("FORMAT_NON_ACCEPTABLE");
            assertThat(r.entete("Location")).isNull();
            assertThat(demandesAuNom(demande.nom())).as(accept).isZero();
        }
        assertThat(poster(DemandeExemple.nord(), Map.of("Accept", "application/json, application/xml;q=0.5"))
                .statut()).isEqualTo(201);
    }

    @Test
    void des_personnes_aux_noms_non_latins_differents_ne_sont_pas_des_doublons() {
        LocalDate naissance = LocalDate.of(1965, 4, 2).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(3000));
        String suffixe = DemandeExemple.nomAuHasard().substring(4).toUpperCase(java.util.Locale.ROOT);
        // the random Latin suffix keeps tests independent; the scripts make the difference
        List<String> noms = List.of("Иванова" + suffixe, "Петрова" + suffixe, "Παπαδοπούλου" + suffixe,
                "Νικολάου" + suffixe, "王" + suffixe, "李" + suffixe);
        for (String nom : noms) {
            DemandeExemple demande = DemandeExemple.nord();
            demande.avec("demandeur", DemandeExemple.personne(nom, "Anna", naissance, "F", "2"));
            assertThat(poster(demande, Map.of()).statut()).as(nom).isEqualTo(201);
        }
        DemandeExemple memePersonne = DemandeExemple.nord();
        memePersonne.avec("demandeur", DemandeExemple.personne("ИВАНОВА" + suffixe.toLowerCase(java.util.Locale.ROOT),
                "anna", naissance, "F", "2"));
        Reponse doublon = poster(memePersonne, Map.of());
        estUnProbleme(doublon, 409);
        assertThat(doublon.json().get("code").asString()).isEqualTo("DOUBLON");

        Reponse candidats = api.get("G5901", "/v1.0/doublons?nom=" + java.net.URLEncoder.encode(noms.get(1),
                java.nio.charset.StandardCharsets.UTF_8) + "&dateNaissance=" + naissance);
        assertThat(candidats.statut()).isEqualTo(200);
        List<String> trouves = new ArrayList<>();
        candidats.json().get("candidats").forEach(c -> trouves.add(c.get("nomNaissance").asString()));
        assertThat(trouves).containsExactly(noms.get(1));

        Reponse sansLettre = api.get("G5901", "/v1.0/doublons?nom=--&dateNaissance=" + naissance);
        assertThat(sansLettre.json().get("candidats")).isEmpty();
    }

    @Test
    void un_caractere_de_controle_ou_une_entree_blanche_est_une_erreur_du_champ() {
        DemandeExemple nul = DemandeExemple.nord();
        @SuppressWarnings("unchecked")
        Map<String, Object> adresse = (Map<String, Object>) nul.json().get("adresse");
        adresse.put("voie", "12 rue\u0000de Paris");
        adresse.put("complement", "bât\u001bB");
        nul.demandeur().put("situationProfessionnelle", Map.of("profession", "aide\u0000soignante"));
        Reponse r = poster(nul, Map.of());
        estUnProbleme(r, 422);
        assertThat(champsEnErreur(r)).contains("adresse.voie:CARACTERE_INTERDIT",
                "adresse.complement:CARACTERE_INTERDIT",
                "demandeur.situationProfessionnelle.profession:CARACTERE_INTERDIT");
        assertThat(demandesAuNom(nul.nom())).isZero();

        DemandeExemple blanc = DemandeExemple.nord();
        blanc.logementRecherche().put("typesLogement", List.of("  ", "T2"));
        blanc.logementRecherche().put("communesSouhaitees", List.of("59350", "  "));
        Reponse rb = poster(blanc, Map.of());
        estUnProbleme(rb, 422);
        assertThat(champsEnErreur(rb)).contains("logementRecherche.typesLogement[0]:OBLIGATOIRE",
                "logementRecherche.communesSouhaitees[1]:OBLIGATOIRE");

        DemandeExemple avecNull = DemandeExemple.nord();
        avecNull.logementRecherche().put("typesLogement", Arrays.asList("T2", null));
        Reponse rn = poster(avecNull, Map.of());
        estUnProbleme(rn, 400);
        assertThat(champsEnErreur(rn)).containsExactly("logementRecherche.typesLogement[1]:OBLIGATOIRE");
    }

    @Test
    void aucune_valeur_n_est_convertie_en_silence() {
        for (Object[] cas : new Object[][] {
                {"demandeur", "nomNaissance", true, "demandeur.nomNaissance"},
                {"demandeur", "dateNaissance", -1, "demandeur.dateNaissance"},
                {"logementActuel", "nombreOccupants", 1.5, "logementActuel.nombreOccupants"},
                {"logementRecherche", "demandeElargie", -1, "logementRecherche.demandeElargie"},
                {"contact", "consentementEmail", -1, "contact.consentementEmail"},
                {"logementRecherche", "nombrePersonnes", "2", "logementRecherche.nombrePersonnes"},
                {"demandeur", "prenoms", 12, "demandeur.prenoms"},
                {"demandeur", "dateNaissance", List.of(), "demandeur.dateNaissance"},
                {"", "dateDepot", List.of(), "dateDepot"},
                {"", "precisions", Map.of(), "precisions"}}) {
            DemandeExemple demande = DemandeExemple.nord();
            String nom = demande.nom();
            @SuppressWarnings("unchecked")
            Map<String, Object> bloc = ((String) cas[0]).isEmpty() ? demande.json()
                    : (Map<String, Object>) demande.json().get(cas[0]);
            bloc.put((String) cas[1], cas[2]);

            Reponse r = poster(demande, Map.of());

            estUnProbleme(r, 400);
            assertThat(champsEnErreur(r)).as(Arrays.toString(cas)).containsExactly(cas[3] + ":FORMAT_INVALIDE");
            assertThat(demandesAuNom(nom)).isZero();
        }
    }

    @Test
    void tous_les_champs_inconnus_sont_signales_ensemble() {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("nomUsuel", "Durand");
        demande.avec("urgence", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> ressource = ((List<Map<String, Object>>) demande.demandeur().get("ressourcesMensuelles"))
                .getFirst();
        ressource.put("devise", Map.of("code", "EUR"));

        Reponse r = poster(demande, Map.of());

        estUnProbleme(r, 400);
        assertThat(champsEnErreur(r)).as(r.texte()).containsExactlyInAnyOrder("demandeur.nomUsuel:CHAMP_INCONNU",
                "demandeur.ressourcesMensuelles[0].devise:CHAMP_INCONNU", "urgence:CHAMP_INCONNU");
        assertThat(r.json().at("/erreurs/0/message").asString()).contains("refusée")
                .doesNotContain("pris en compte");
    }

    @Test
    void une_cle_en_double_est_refusee() {
        String corps = JSON.writeValueAsString(DemandeExemple.nord().json());
        Reponse r = poster(corps.replaceFirst("\\{", "{\"precisions\":\"a\",\"precisions\":\"b\","), Map.of());
        estUnProbleme(r, 400);
        assertThat(champsEnErreur(r)).as(r.texte()).containsExactly("precisions:CHAMP_EN_DOUBLE");
    }

    @Test
    void un_corps_trop_gros_ou_un_texte_trop_long_est_refuse() {
        DemandeExemple longue = DemandeExemple.nord();
        longue.demandeur().put("situationProfessionnelle", Map.of("employeur", "x".repeat(200_000)));
        Reponse r = poster(longue, Map.of());
        estUnProbleme(r, 422);
        assertThat(champsEnErreur(r)).containsExactly("demandeur.situationProfessionnelle.employeur:TAILLE");

        DemandeExemple enorme = DemandeExemple.nord();
        enorme.avec("precisions", "x".repeat(300_000));
        Reponse r413 = poster(enorme, Map.of());
        estUnProbleme(r413, 413);
        assertThat(demandesAuNom(enorme.nom())).isZero();
    }

    @Test
    void une_panne_est_un_probleme_avec_identifiant_de_correlation_sans_detail_interne() {
        Reponse r = api.get("G5901", "/v1.0/test/panne");
        estUnProbleme(r, 500);
        assertThat(r.json().get("code").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(r.json().get("correlation").asString()).isNotBlank();
        assertThat(r.texte()).doesNotContain("détail interne", "IllegalState", "trace");
    }

    @Test
    void les_erreurs_du_protocole_sont_des_problemes() {
        String corps = JSON.writeValueAsString(DemandeExemple.nord().json());
        estUnProbleme(poster(corps, Map.of("Content-Type", "text/plain")), 415);
        // a demande may come in XML (ADR 0021): a JSON body sent as XML is malformed XML, not an unknown type
        estUnProbleme(poster(corps, Map.of("Content-Type", "application/xml")), 400);
        estUnProbleme(poster(corps, Map.of("Content-Type", "application/yaml")), 415);
        estUnProbleme(poster("", Map.of()), 400);
        estUnProbleme(poster("[]", Map.of()), 400);
        estUnProbleme(poster("null", Map.of()), 400);
        estUnProbleme(poster("{} {}", Map.of()), 400);
        estUnProbleme(poster("{\"demandeur\":" + "[".repeat(5000) + "]".repeat(5000) + "}", Map.of()), 400);
        estUnProbleme(api.requete("PUT", "G5901", "/v1.0/demandes", Map.of("Content-Type", "application/json"),
                corps), 405);
        estUnProbleme(api.requete("DELETE", "G5901", "/v1.0/doublons", Map.of(), null), 405);
        estUnProbleme(api.requete("TRACE", "G5901", "/v1.0/demandes", Map.of(), null), 405);
        estUnProbleme(api.get("G5901", "/v1.0/inexistant"), 404);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=Martin&dateNaissance=1980-02-30"), 400);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=Martin&dateNaissance=demain"), 400);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=Martin"), 400);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=" + "x".repeat(5000) + "&dateNaissance=1980-02-03"),
                422);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=Ma%00rtin&dateNaissance=1980-02-03"), 422);
        estUnProbleme(api.get("G5901", "/v1.0/doublons?nom=%C3%28&dateNaissance=1980-02-03"), 400);
        estUnProbleme(poster(corps, Map.of("Content-Encoding", "gzip")), 415);
        estUnProbleme(api.get("G5901", "/v1.0/demandes/%E2%80%AE%EF%BF%BF"), 404);
        estUnProbleme(api.get("G5901", "/v1.0/demandes/%00"), 400);
        estUnProbleme(api.get("G5901", "/v1.0/demandes/" + "9".repeat(3000)), 404);
        estUnProbleme(api.get("G5901", "/v1.0/demandes/%EF%BF%BF/attestation"), 404);
        estUnProbleme(api.requete("GET", "G5901", "/v1.0/doublons?nom=Martin&dateNaissance=1980-02-03",
                Map.of("X-Long", "x".repeat(10_000)), null), 400);
        estUnProbleme(api.requete("GET", "G5901", "/v1.0/demandes/x", Map.of("Accept", "text/csv"), null), 406);
        estUnProbleme(api.requete("GET", "G5901", "/v1.0/demandes/x", Map.of("Accept", "application/xml"), null),
                404);
        Reponse options = api.requete("OPTIONS", "G5901", "/v1.0/demandes", Map.of(), null);
        assertThat(options.statut()).isLessThan(500);
        Reponse head = api.requete("HEAD", "G5901", "/v1.0/doublons?nom=Martin&dateNaissance=1980-02-03",
                Map.of(), null);
        assertThat(head.statut()).isEqualTo(200);
    }

    /** The error path itself, asked for directly, is no error of the server: nothing is there (404). */
    @Test
    void l_adresse_des_erreurs_demandee_directement_est_introuvable_et_non_une_panne() {
        for (Map<String, String> entetes : List.<Map<String, String>>of(Map.of(), Map.of("Accept", "text/html"),
                Map.of("Accept", "application/json"))) {
            Reponse r = api.requete("GET", null, "/error", entetes, null);
            estUnProbleme(r, 404);
            assertThat(r.json().get("code").asString()).isEqualTo("INTROUVABLE");
            assertThat(r.json().has("correlation")).isFalse();
        }
        estUnProbleme(api.requete("GET", "G5901", "/error", Map.of(), null), 404);
        estUnProbleme(api.requete("POST", null, "/error", Map.of("Content-Type", "application/json"), "{}"), 404);
        estUnProbleme(api.requete("GET", null, "/error?javax.servlet.error.status_code=500", Map.of(), null), 404);
    }

    /**
     * A 415 names the type that was sent, and those the operation takes (a demande: JSON or XML); nothing is
     * written.
     */
    @Test
    void un_type_de_corps_refuse_est_nomme_et_le_type_attendu_aussi() {
        DemandeExemple demande = DemandeExemple.nord();
        String corps = JSON.writeValueAsString(demande.json());
        for (String type : List.of("text/plain", "application/yaml", "application/x-www-form-urlencoded")) {
            Reponse r = poster(corps, Map.of("Content-Type", type));
            estUnProbleme(r, 415);
            assertThat(r.json().get("code").asString()).isEqualTo("TYPE_MEDIA_NON_SUPPORTE");
            assertThat(r.json().get("detail").asString()).as(r.texte()).contains("« " + type)
                    .contains("application/json").contains("application/xml").contains("sont attendus")
                    .doesNotContain("is not supported");
        }
        Reponse gzip = poster(corps, Map.of("Content-Encoding", "gzip"));
        estUnProbleme(gzip, 415);
        assertThat(gzip.json().get("detail").asString()).as(gzip.texte()).contains("gzip")
                .contains("application/json");
        assertThat(demandesAuNom(demande.nom())).isZero();
    }

    /**
     * One demande, one key: two Idempotency-Key lines, or one line holding a list, would leave open which key
     * counts; refused with 400 IDEMPOTENCE_CLE_MULTIPLE, no demande and no key kept.
     */
    @Test
    void deux_cles_d_idempotence_sont_refusees_sans_rien_ecrire() {
        String premiere = UUID.randomUUID().toString();
        String seconde = UUID.randomUUID().toString();
        DemandeExemple deuxLignes = DemandeExemple.nord();
        Reponse r = api.requete("POST", "G5901", "/v1.0/demandes", List.of(Map.entry("Content-Type",
                "application/json"), Map.entry("Idempotency-Key", premiere), Map.entry("Idempotency-Key", seconde)),
                JSON.writeValueAsString(deuxLignes.json()));
        estUnProbleme(r, 400);
        assertThat(r.json().get("code").asString()).isEqualTo("IDEMPOTENCE_CLE_MULTIPLE");
        assertThat(champsEnErreur(r)).containsExactly("Idempotency-Key:IDEMPOTENCE_CLE_MULTIPLE");

        DemandeExemple liste = DemandeExemple.nord();
        Reponse rl = poster(liste, Map.of("Idempotency-Key", premiere + ", " + seconde));
        estUnProbleme(rl, 400);
        assertThat(rl.json().get("code").asString()).isEqualTo("IDEMPOTENCE_CLE_MULTIPLE");

        assertThat(demandesAuNom(deuxLignes.nom()) + demandesAuNom(liste.nom())).isZero();
        assertThat(jdbc.sql("select count(*) from idempotence where cle like ? or cle like ?")
                .params("%" + premiere + "%", "%" + seconde + "%").query(Integer.class).single()).isZero();
        assertThat(poster(liste, Map.of("Idempotency-Key", premiere)).statut()).isEqualTo(201);
    }

    /**
     * Bidirectional controls (U+202E…) reorder what a screen or a letter shows: refused in every text, an address
     * line and the free text as well as a name, with CARACTERE_INTERDIT; nothing is written.
     */
    @Test
    void un_caractere_de_controle_bidirectionnel_est_refuse_dans_tout_texte() {
        for (int controle : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            0x200E, 0x200F, 0x061C}) {
            String c = Character.toString(controle);
            DemandeExemple demande = DemandeExemple.nord();
            @SuppressWarnings("unchecked")
            Map<String, Object> adresse = (Map<String, Object>) demande.json().get("adresse");
            adresse.put("voie", "12 rue " + c + "sirap ed");
            demande.avec("precisions", "Rez-de-chaussée " + c + "lanoitpecxe");
            Reponse r = poster(demande, Map.of());
            estUnProbleme(r, 422);
            assertThat(champsEnErreur(r)).as(Integer.toHexString(controle)).contains("adresse.voie:CARACTERE_INTERDIT",
                    "precisions:CARACTERE_INTERDIT");
            assertThat(demandesAuNom(demande.nom())).isZero();
        }
        // other format characters keep their meaning in names and texts of other scripts
        DemandeExemple joint = DemandeExemple.nord();
        joint.avec("precisions", "می\u200Cخواهم");
        assertThat(poster(joint, Map.of()).statut()).isEqualTo(201);
    }

    private static List<String> champsEnErreur(Reponse r) {
        List<String> champs = new ArrayList<>();
        r.json().get("erreurs").forEach(e -> champs.add(e.get("champ").asString() + ":" + e.get("code").asString()));
        return champs;
    }
}
