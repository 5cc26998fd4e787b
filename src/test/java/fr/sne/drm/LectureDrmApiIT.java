package fr.sne.drm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.drm.application.InterrogerDrm;
import fr.sne.drm.application.ReglerGuichetDrm;
import fr.sne.drm.application.RessourcesDrm;
import fr.sne.echanges.infrastructure.xml.SchemasXml;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1.0/drm/ressources} (issue 19 §3, ADR 0031): who reads (habilitation drm, guichet switched on), what
 * (the last three months per nature and their total, or the status and a reason that leaks nothing), the list's
 * limits, the numéros out of scope, the journal. The DRM's data are the read side's fixtures ({@link FixturesDrm}):
 * rows written into the fetching's tables, so that the reading is tested on chosen data.
 */
class LectureDrmApiIT extends ApiIT {

    /** A guichet of the Nord whose client holds the habilitation drm, not switched on unless a test does it. */
    private static final String PILOTE = "G59DR";
    private static final YearMonth OCTOBRE = YearMonth.of(2026, 10);

    @Autowired
    private ReglerGuichetDrm regler;
    @Autowired
    private InterrogerDrm envoi;
    @Autowired
    private RessourcesDrm ressources;

    private FixturesDrm fixtures;
    private final List<String> numeros = new ArrayList<>();

    @BeforeEach
    void guichetPilote() {
        fixtures = new FixturesDrm(jdbc);
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire, actif)
                values (?, 'Commune pilote de la DRM (essai)', 'COMMUNE', '059', true) on conflict (code) do nothing""")
                .param(PILOTE).update();
        jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code, actif) values (?, ?, ?, true)
                on conflict (client_id) do nothing""")
                .params("demo-g59dr", new BCryptPasswordEncoder(4).encode("demo-g59dr-secret"), PILOTE).update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g59dr', 'demandes', 'essai'), ('demo-g59dr', 'drm', 'essai') on conflict do nothing""")
                .update();
        jdbc.sql("delete from drm_guichet where guichet_code = ?").param(PILOTE).update();
    }

    @AfterEach
    void nettoyer() {
        jdbc.sql("delete from drm_guichet where guichet_code = ?").param(PILOTE).update();
        numeros.forEach(fixtures::effacer);
    }

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        numeros.add(numero);
        return numero;
    }

    /** A demande of the Nord whose last fetch gave four months: October to July 2026, two natures in October. */
    private String affichable() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        List<FixturesDrm.Nature> natures = fixtures.natures(2);
        Instant le = Instant.parse("2026-11-22T03:00:00Z");
        fixtures.situation(numero, "AFFICHABLE", OCTOBRE, le);
        fixtures.ressource(numero, OCTOBRE, natures.get(0).code(), "1500.10", le);
        fixtures.ressource(numero, OCTOBRE, natures.get(1).code(), "200.00", le);
        fixtures.ressource(numero, OCTOBRE.minusMonths(1), natures.get(0).code(), "1480.00", le);
        fixtures.ressource(numero, OCTOBRE.minusMonths(2), natures.get(0).code(), "1470.00", le);
        fixtures.ressource(numero, OCTOBRE.minusMonths(3), natures.get(0).code(), "9999.99", le);
        return numero;
    }

    private long journalDrm(String numero, String acteur) {
        return jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'DRM' and acteur_id = ?")
                .params(numero, acteur).query(Long.class).single();
    }

    private long mouvements(String numero) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ?").param(numero).query(Long.class)
                .single();
    }

    private Reponse lire(String guichet, String... numeros) {
        return api.get(guichet, "/v1.0/drm/ressources?numeros=" + String.join(",", numeros));
    }

    @Test
    void un_guichet_ouvert_habilite_lit_trois_mois_par_nature_avec_leur_total_journalises_sans_mouvement() {
        String numero = affichable();
        List<FixturesDrm.Nature> natures = fixtures.natures(2);
        long mouvementsAvant = mouvements(numero);

        Reponse r = lire("G5901", numero, numero);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        JsonNode demandes = r.json().get("demandes");
        assertThat(demandes.size()).as("a numéro asked twice is answered once").isOne();
        JsonNode d = demandes.get(0);
        assertThat(d.get("numeroUnique").asString()).isEqualTo(numero);
        assertThat(d.get("statut").asString()).isEqualTo("AFFICHABLE");
        assertThat(d.has("motif") && !d.get("motif").isNull()).isFalse();
        assertThat(d.get("misAJourLe").asString()).isEqualTo("2026-11-22T03:00:00Z");
        JsonNode mois = d.get("mois");
        assertThat(mois.size()).isEqualTo(3);
        assertThat(mois.get(0).get("mois").asString()).isEqualTo("2026-10");
        assertThat(mois.get(1).get("mois").asString()).isEqualTo("2026-09");
        assertThat(mois.get(2).get("mois").asString()).isEqualTo("2026-08");
        assertThat(mois.get(0).get("total").decimalValue()).isEqualByComparingTo("1700.10");
        JsonNode lignes = mois.get(0).get("lignes");
        assertThat(lignes.size()).isEqualTo(2);
        assertThat(lignes.get(0).get("nature").asString()).isEqualTo(natures.get(0).code());
        assertThat(lignes.get(0).get("libelle").asString()).isEqualTo(natures.get(0).libelle());
        assertThat(lignes.get(0).get("montant").decimalValue()).isEqualByComparingTo("1500.10");
        assertThat(mois.get(2).get("total").decimalValue()).isEqualByComparingTo("1470.00");
        assertThat(r.texte()).doesNotContain("9999.99");

        assertThat(journalDrm(numero, "demo-g5901")).isOne();
        lire("G5901", numero);
        assertThat(journalDrm(numero, "demo-g5901")).isEqualTo(2);
        assertThat(mouvements(numero)).as("no movement in the vendors' feed for DRM data").isEqualTo(mouvementsAvant);
    }

    @Test
    void de_bout_en_bout_ce_que_l_interrogation_du_simulateur_a_stocke_est_ce_que_l_api_donne() {
        DemandeExemple demande = DemandeExemple.nord();
        // a woman born in April 1988 in the Nord, an ordinary order number for the simulator (200–899)
        long treize = Long.parseLong("2880459" + (600 + ThreadLocalRandom.current().nextInt(400))
                + (200 + ThreadLocalRandom.current().nextInt(700)));
        demande.demandeur().put("nir", treize + "%02d".formatted(97 - treize % 97));
        String numero = enregistrer("G5901", demande);
        for (int i = 0; i < 200 && envoi.unePasse().pris() > 0; i++) {
            // the tests run the DRM's sender themselves
        }
        RessourcesDrm.Lecture stockee = ressources.lire(List.of(numero), 3).get(numero);
        assertThat(stockee.statut().name()).isEqualTo("AFFICHABLE");

        JsonNode d = lire("G5901", numero).json().get("demandes").get(0);
        assertThat(d.get("statut").asString()).isEqualTo("AFFICHABLE");
        assertThat(d.get("mois").size()).isEqualTo(stockee.mois().size()).isPositive();
        for (int i = 0; i < stockee.mois().size(); i++) {
            RessourcesDrm.Mois m = stockee.mois().get(i);
            assertThat(d.get("mois").get(i).get("mois").asString()).isEqualTo(m.mois().toString());
            assertThat(d.get("mois").get(i).get("total").decimalValue()).isEqualByComparingTo(m.total());
            assertThat(d.get("mois").get(i).get("lignes").size()).isEqualTo(m.lignes().size());
        }
        assertThat(journalDrm(numero, "demo-g5901")).isOne();
    }

    @Test
    void en_xml_la_meme_reponse_valide_contre_drm_1_0_xsd() throws Exception {
        String numero = affichable();
        Reponse r = api.requete("GET", "G5901", "/v1.0/drm/ressources?numeros=" + numero + ",0591101999999G5901",
                Map.of("Accept", "application/xml"), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        assertThat(r.entete("Content-Type")).startsWith("application/xml");
        SchemasXml.schema("drm-1.0.xsd").newValidator().validate(new javax.xml.transform.stream.StreamSource(
                new ByteArrayInputStream(r.corps())));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.corps()));
        NodeList demandes = doc.getElementsByTagNameNS("urn:sne:drm:1.0", "demande");
        assertThat(demandes.getLength()).isEqualTo(2);
        Element premiere = (Element) demandes.item(0);
        assertThat(premiere.getAttribute("statut")).isEqualTo("AFFICHABLE");
        NodeList mois = premiere.getElementsByTagNameNS("urn:sne:drm:1.0", "mois");
        assertThat(mois.getLength()).isEqualTo(3);
        assertThat(((Element) mois.item(0)).getAttribute("total")).isEqualTo("1700.10");
        assertThat(((Element) demandes.item(1)).getAttribute("statut")).isEqualTo("DEMANDE_INCONNUE");
    }

    @Test
    void une_discordance_ne_montre_rien_ni_ce_qui_differe() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        Instant le = Instant.parse("2026-11-22T03:00:00Z");
        fixtures.situation(numero, "DISCORDANCE", OCTOBRE, le);
        // even a stray month stored for it is never shown
        fixtures.ressource(numero, OCTOBRE, fixtures.natures(1).getFirst().code(), "4321.00", le);

        Reponse r = lire("G5901", numero);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        JsonNode d = r.json().get("demandes").get(0);
        assertThat(d.get("statut").asString()).isEqualTo("DISCORDANCE");
        assertThat(d.get("motif").asString()).isEqualTo("Les données d'identité ne concordent pas");
        assertThat(d.get("mois").size()).isZero();
        assertThat(r.texte()).doesNotContain("4321");
        assertThat(journalDrm(numero, "demo-g5901")).isOne();
    }

    @Test
    void chaque_statut_sans_donnees_dit_sa_raison_en_clair() {
        Map<String, String> raisons = Map.of("SANS_NIR", "NIR", "NIR_TEMPORAIRE", "temporaire",
                "NON_TROUVE", "inconnue", "INDISPONIBLE", "pas disponible|Non disponible", "EN_ATTENTE", "attente");
        raisons.forEach((statut, mot) -> {
            String numero = enregistrer("G5901", DemandeExemple.nord());
            fixtures.situation(numero, statut, OCTOBRE, Instant.now());
            JsonNode d = lire("G5901", numero).json().get("demandes").get(0);
            assertThat(d.get("statut").asString()).isEqualTo(statut);
            assertThat(d.get("motif").asString()).as(statut).containsPattern(mot);
            assertThat(d.get("mois").size()).isZero();
        });
    }

    @Test
    void un_numero_hors_perimetre_est_repondu_comme_un_numero_inconnu_et_n_est_pas_journalise() {
        String ailleurs = enregistrer("G6201", DemandeExemple.pasDeCalais());
        fixtures.situation(ailleurs, "AFFICHABLE", OCTOBRE, Instant.now());
        fixtures.ressource(ailleurs, OCTOBRE, fixtures.natures(1).getFirst().code(), "777.77", Instant.now());
        String inconnu = "0591101999999G5901";

        Reponse r = lire("G5901", ailleurs, inconnu);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        JsonNode hors = r.json().get("demandes").get(0);
        JsonNode absent = r.json().get("demandes").get(1);
        assertThat(hors.get("numeroUnique").asString()).isEqualTo(ailleurs);
        assertThat(absent.get("numeroUnique").asString()).isEqualTo(inconnu);
        for (JsonNode d : List.of(hors, absent)) {
            assertThat(d.get("statut").asString()).isEqualTo("DEMANDE_INCONNUE");
            assertThat(d.get("mois").size()).isZero();
        }
        assertThat(hors.get("motif")).isEqualTo(absent.get("motif"));
        assertThat(r.texte()).doesNotContain("777.77");
        assertThat(journalDrm(ailleurs, "demo-g5901")).isZero();
        // G6201 sees it but holds no habilitation drm: refused, nothing journaled either
        assertThat(lire("G6201", ailleurs).statut()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'DRM'")
                .param(ailleurs).query(Long.class).single()).isZero();
    }

    @Test
    void sans_l_habilitation_drm_403_qui_la_nomme() {
        String numero = affichable();
        Reponse r = lire("G5902", numero);
        assertThat(r.statut()).as(r.texte()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(r.json().get("habilitation").asString()).isEqualTo("drm");
        assertThat(r.texte()).doesNotContain("1500");
        assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'DRM'")
                .param(numero).query(Long.class).single()).isZero();
    }

    @Test
    void un_guichet_non_ouvert_403_avec_son_code_puis_lit_une_fois_ouvert_et_plus_une_fois_ferme() {
        String numero = affichable();
        Reponse ferme = lire(PILOTE, numero);
        assertThat(ferme.statut()).as(ferme.texte()).isEqualTo(403);
        assertThat(ferme.json().get("code").asString()).isEqualTo("DRM_GUICHET_NON_OUVERT");
        assertThat(ferme.json().get("detail").asString()).contains(PILOTE);
        assertThat(journalDrm(numero, "demo-g59dr")).isZero();

        Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
        assertThat(regler.executer(nord, PILOTE.toLowerCase(), true)).isTrue();
        Reponse ouvert = lire(PILOTE, numero);
        assertThat(ouvert.statut()).as(ouvert.texte()).isEqualTo(200);
        assertThat(ouvert.json().get("demandes").get(0).get("mois").size()).isEqualTo(3);
        assertThat(journalDrm(numero, "demo-g59dr")).isOne();

        assertThat(regler.executer(nord, PILOTE, false)).isTrue();
        assertThat(lire(PILOTE, numero).statut()).isEqualTo(403);
        assertThat(journalDrm(numero, "demo-g59dr")).isOne();
    }

    @Test
    void aucun_trop_ou_un_mal_forme_400_avec_un_code_par_champ_et_rien_n_est_lu() {
        String numero = affichable();
        Reponse aucun = api.get("G5901", "/v1.0/drm/ressources");
        assertThat(aucun.statut()).as(aucun.texte()).isEqualTo(400);
        assertThat(erreurs(aucun)).containsExactly("numeros:OBLIGATOIRE");
        assertThat(erreurs(api.get("G5901", "/v1.0/drm/ressources?numeros="))).containsExactly("numeros:OBLIGATOIRE");

        List<String> cinquanteEtUn = new ArrayList<>(Collections.nCopies(50, "0591101999999G5901"));
        cinquanteEtUn.add(numero);
        Reponse trop = lire("G5901", cinquanteEtUn.toArray(String[]::new));
        assertThat(trop.statut()).as(trop.texte()).isEqualTo(400);
        assertThat(erreurs(trop)).containsExactly("numeros:TAILLE");

        Reponse malForme = api.get("G5901", "/v1.0/drm/ressources?numeros=" + numero
                + "&numeros=%27%20or%201%3D1&numeros=" + numero.substring(1));
        assertThat(malForme.statut()).as(malForme.texte()).isEqualTo(400);
        assertThat(erreurs(malForme)).containsExactly("numeros[1]:FORMAT_INVALIDE", "numeros[2]:FORMAT_INVALIDE");
        assertThat(journalDrm(numero, "demo-g5901")).isZero();

        List<String> cinquante = new ArrayList<>(Collections.nCopies(49, "0591101999999G5901"));
        cinquante.add(numero);
        assertThat(lire("G5901", cinquante.toArray(String[]::new)).json().get("demandes").size()).isEqualTo(2);
    }

    private static List<String> erreurs(Reponse r) {
        List<String> codes = new ArrayList<>();
        r.json().get("erreurs").forEach(e -> codes.add(e.get("champ").asString() + ":" + e.get("code").asString()));
        return codes;
    }
}
