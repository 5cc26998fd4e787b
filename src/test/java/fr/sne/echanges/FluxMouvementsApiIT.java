package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.application.port.PorteDesLots;
import fr.sne.demande.application.port.PorteDesLots.Selection;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.echanges.application.LireFluxMouvements;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/** The feed through the API: scope, communes, depuis, what an erased demande leaves, and every refusal. */
class FluxMouvementsApiIT extends ApiIT {

    @Autowired
    private HorlogeReglable horloge;

    @Autowired
    private PorteDesLots lots;

    @Autowired
    private MeterRegistry metriques;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void retourAuPresent() {
        horloge.reinitialiser();
    }

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** The cursor after everything served now, for this guichet and these query parameters. */
    private String aJour(String guichet, String parametres) {
        String curseur = null;
        while (true) {
            JsonNode page = appel(guichet, parametres + (curseur == null ? "" : "&curseur=" + curseur));
            curseur = page.get("curseurSuivant").asString();
            if (page.get("aJour").asBoolean()) {
                return curseur;
            }
        }
    }

    private JsonNode appel(String guichet, String parametres) {
        Reponse r = api.get(guichet, "/v1.0/mouvements?limite=10000" + parametres);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r.json();
    }

    /** The movements after a cursor, until up to date. */
    private List<JsonNode> suite(String guichet, String parametres, String curseur) {
        List<JsonNode> mouvements = new ArrayList<>();
        while (true) {
            JsonNode page = appel(guichet, parametres + "&curseur=" + curseur);
            page.get("mouvements").forEach(mouvements::add);
            curseur = page.get("curseurSuivant").asString();
            if (page.get("aJour").asBoolean()) {
                return mouvements;
            }
        }
    }

    private static List<String> numeros(List<JsonNode> mouvements) {
        return mouvements.stream().map(m -> m.get("numeroUnique").asString()).toList();
    }

    private void probleme(Reponse r, int statut, String code, String parametre) {
        assertThat(r.statut()).as(r.texte()).isEqualTo(statut);
        assertThat(r.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
        assertThat(r.json().get("erreurs").get(0).get("champ").asString()).isEqualTo(parametre);
    }

    @Test
    void le_flux_donne_les_mouvements_du_perimetre_avec_la_demande_et_une_page_vide_garde_son_curseur() {
        String depuisLeGuichet = aJour("G5902", "");
        String depuisLille = aJour("G5902", "&communes=59350");
        String depuisAilleurs = aJour("G5902", "&communes=59009,59599");
        String depuisArras = aJour("G6201", "");
        double avant = metriques.counter(LireFluxMouvements.COMPTEUR_APPELS, "guichet", "G5902").count();

        String nord = enregistrer("G5901", DemandeExemple.nord());
        String pasDeCalais = enregistrer("G6201", DemandeExemple.pasDeCalais());

        List<JsonNode> vus = suite("G5902", "", depuisLeGuichet);
        assertThat(numeros(vus)).contains(nord).doesNotContain(pasDeCalais);
        JsonNode cre = vus.stream().filter(m -> m.get("numeroUnique").asString().equals(nord)).findFirst()
                .orElseThrow();
        assertThat(cre.get("type").asString()).isEqualTo("CRE");
        assertThat(cre.get("guichet").asString()).isEqualTo("G5901");
        assertThat(cre.get("versionDemande").asInt()).isZero();
        assertThat(cre.get("document").get("type").asString()).isEqualTo("CRE");
        assertThat(cre.get("demande").get("version").asInt()).isZero();
        assertThat(cre.get("demande").get("statut").asString()).isEqualTo("ACTIVE");
        assertThat(cre.get("demande").get("contenu").get("demandeur").get("nomNaissance").asString())
                .isEqualTo(jdbc.sql("select contenu -> 'demandeur' ->> 'nomNaissance' from demande "
                        + "where numero_unique = ?").param(nord).query(String.class).single());
        assertThat(cre.get("demande").get("contenu").has("version")).isFalse();
        // handed out to G5902 today: recorded for the applicant's "who consulted my demande"; not to G6201
        assertThat(jdbc.sql("select lecteur || ' ' || canal from remise_demande where numero_unique = ? and jour = ?")
                .params(nord, LocalDate.now(horloge.getZone())).query(String.class).list())
                .containsExactly("G5902 FLUX");
        // a demande is in scope when one of its wished communes is asked; the other guichet's territory never is
        assertThat(numeros(suite("G5902", "&communes=59350", depuisLille))).contains(nord);
        assertThat(numeros(suite("G5902", "&communes=59009,59599", depuisAilleurs))).doesNotContain(nord);
        assertThat(numeros(suite("G6201", "", depuisArras))).contains(pasDeCalais).doesNotContain(nord);
        assertThat(metriques.counter(LireFluxMouvements.COMPTEUR_APPELS, "guichet", "G5902").count())
                .isGreaterThanOrEqualTo(avant + 3);

        // up to date: an empty page gives a cursor that still gives what comes next
        String curseur = aJour("G5902", "");
        JsonNode vide = appel("G5902", "&curseur=" + curseur);
        assertThat(vide.get("mouvements")).isEmpty();
        assertThat(vide.get("aJour").asBoolean()).isTrue();
        String autre = enregistrer("G5901", DemandeExemple.nord());
        assertThat(numeros(suite("G5902", "", vide.get("curseurSuivant").asString()))).contains(autre)
                .doesNotContain(nord);
    }

    @Test
    void depuis_part_d_un_instant_et_limite_coupe_les_pages_sans_rien_perdre() throws Exception {
        String avant = enregistrer("G5901", DemandeExemple.nord());
        Thread.sleep(20);
        Instant depuis = Instant.now();
        List<String> apres = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            apres.add(enregistrer("G5901", DemandeExemple.nord()));
        }
        JsonNode premiere = appel("G5902", "&depuis=" + URLEncoder.encode(depuis.toString(),
                StandardCharsets.UTF_8));
        assertThat(numeros(toList(premiere.get("mouvements")))).containsAll(apres).doesNotContain(avant);

        // the same by pages of 2 from the same instant: the same movements, each once
        List<JsonNode> parPages = new ArrayList<>();
        Reponse r = api.get("G5902", "/v1.0/mouvements?limite=2&depuis=" + URLEncoder.encode(depuis.toString(),
                StandardCharsets.UTF_8));
        assertThat(r.statut()).isEqualTo(200);
        assertThat(r.json().get("mouvements")).hasSize(2);
        assertThat(r.json().get("aJour").asBoolean()).isFalse();
        r.json().get("mouvements").forEach(parPages::add);
        String curseur = r.json().get("curseurSuivant").asString();
        while (true) {
            r = api.get("G5902", "/v1.0/mouvements?limite=2&curseur=" + curseur);
            assertThat(r.statut()).as(r.texte()).isEqualTo(200);
            r.json().get("mouvements").forEach(parPages::add);
            curseur = r.json().get("curseurSuivant").asString();
            if (r.json().get("aJour").asBoolean()) {
                break;
            }
        }
        assertThat(numeros(parPages)).containsAll(apres).doesNotHaveDuplicates();
    }

    private static List<JsonNode> toList(JsonNode tableau) {
        List<JsonNode> liste = new ArrayList<>();
        tableau.forEach(liste::add);
        return liste;
    }

    @Test
    void la_forme_compacte_donne_chaque_demande_une_fois_et_les_documents_sans_le_contenu() {
        String complete = aJour("G5902", "");
        String compacte = aJour("G5902", "&forme=compacte");
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String autre = enregistrer("G5901", DemandeExemple.nord());
        long id = jdbc.sql("select id from demande where numero_unique = ?").param(numero).query(Long.class).single();
        transaction.executeWithoutResult(t -> lots.radier(Acteur.traitement("essai-flux"),
                MotifRadiation.NON_RENOUVELLEMENT, new Selection("""
                        select d.id, d.version, cast(null as varchar) as guichet,
                               jsonb_build_object('dateFinValidite', d.date_fin_validite) as details
                          from demande d where d.id = :id""", Map.of("id", id)), LocalDate.now(), Instant.now()));

        List<JsonNode> entiers = suite("G5902", "", complete).stream()
                .filter(m -> List.of(numero, autre).contains(m.get("numeroUnique").asString())).toList();
        JsonNode page = appel("G5902", "&forme=compacte&curseur=" + compacte);
        assertThat(page.get("aJour").asBoolean()).isTrue();
        List<JsonNode> compacts = new ArrayList<>();
        page.get("mouvements").forEach(m -> {
            if (List.of(numero, autre).contains(m.get("numeroUnique").asString())) {
                compacts.add(m);
            }
        });
        assertThat(compacts).extracting(m -> m.get("numeroUnique").asString() + " " + m.get("type").asString())
                .containsExactly(numero + " CRE", autre + " CRE", numero + " RAD");
        assertThat(entiers).extracting(m -> m.get("identifiant").asLong())
                .containsExactlyElementsOf(compacts.stream().map(m -> m.get("identifiant").asLong()).toList());
        for (int i = 0; i < compacts.size(); i++) {
            JsonNode entier = entiers.get(i);
            JsonNode compact = compacts.get(i);
            assertThat(compact.has("demande")).isFalse();
            // the same document, but for the demande's content it carried
            tools.jackson.databind.node.ObjectNode attendu = (tools.jackson.databind.node.ObjectNode) entier.get("document").deepCopy();
            if (attendu.has("demande")) {
                assertThat(attendu.get("demande").isObject()).isTrue();
                attendu.putNull("demande");
            }
            assertThat(compact.get("document")).isEqualTo(attendu);
        }
        // each demande once, as it stands now: the same state the complete form gives on its last movement
        JsonNode demandes = page.get("demandes");
        assertThat(demandes.get(numero)).isEqualTo(entiers.get(2).get("demande"));
        assertThat(demandes.get(numero).get("statut").asString()).isEqualTo("RADIEE");
        assertThat(demandes.get(autre)).isEqualTo(entiers.get(1).get("demande"));
        assertThat(demandes.get(autre).get("contenu").get("demandeur").get("nomNaissance").asString())
                .isEqualTo(jdbc.sql("select contenu -> 'demandeur' ->> 'nomNaissance' from demande "
                        + "where numero_unique = ?").param(autre).query(String.class).single());
        // the complete form has no demandes member; an unknown form, or the compact one in XML, is refused
        assertThat(appel("G5902", "&curseur=" + complete).has("demandes")).isFalse();
        probleme(api.get("G5902", "/v1.0/mouvements?forme=resumee"), 400, "FORMAT_INVALIDE", "forme");
        probleme(api.requete("GET", "G5902", "/v1.0/mouvements?forme=compacte", Map.of("Accept", "application/xml"),
                null), 400, "NON_APPLICABLE", "forme");
    }

    @Test
    void une_demande_effacee_vient_avec_ce_qu_il_en_reste() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        String curseur = aJour("G5902", "");
        assertThat(api.get("G5902", "/v1.0/demandes/" + numero).statut()).isEqualTo(200);
        assertThat(jdbc.sql("select canal from remise_demande where numero_unique = ? order by canal").param(numero)
                .query(String.class).list()).containsExactly("API", "FLUX");
        long id = jdbc.sql("select id from demande where numero_unique = ?").param(numero).query(Long.class).single();
        Acteur nuit = Acteur.traitement("essai-flux");
        transaction.executeWithoutResult(t -> lots.radier(nuit, MotifRadiation.NON_RENOUVELLEMENT, new Selection("""
                select d.id, d.version, cast(null as varchar) as guichet,
                       jsonb_build_object('dateFinValidite', d.date_fin_validite) as details
                  from demande d where d.id = :id""", Map.of("id", id)), LocalDate.now(), Instant.now()));
        transaction.executeWithoutResult(t -> lots.effacer(nuit, new Selection(
                "select id from demande where id = :id", Map.of("id", id)), LocalDate.now(), Instant.now()));

        List<JsonNode> vus = suite("G5902", "", curseur).stream()
                .filter(m -> m.get("numeroUnique").asString().equals(numero)).toList();
        assertThat(vus).extracting(m -> m.get("type").asString()).containsExactly("RAD", "SUP");
        JsonNode sup = vus.getLast();
        assertThat(sup.get("versionDemande").asInt()).isEqualTo(2);
        assertThat(sup.get("demande").get("donneesEffacees").asBoolean()).isTrue();
        assertThat(sup.get("demande").get("statut").asString()).isEqualTo("RADIEE");
        assertThat(sup.get("demande").get("motifRadiation").asString()).isEqualTo("e");
        assertThat(sup.get("demande").has("contenu")).isFalse();
        // the RAD read now is erased too: its document and its demande say nothing nominative
        assertThat(vus.getFirst().get("document").get("donneesEffacees").asBoolean()).isTrue();
        assertThat(vus.getFirst().toString()).doesNotContain("nomNaissance");
        // the record of what the feed handed out went with the erasure, and what it hands out since is not noted
        assertThat(jdbc.sql("select count(*) from remise_demande where numero_unique = ?").param(numero)
                .query(Long.class).single()).isZero();
    }

    @Test
    void un_document_ecrit_avant_v96_donne_ses_pays_par_leur_nom() {
        String curseur = aJour("G5902", "");
        String numero = enregistrer("G5901", DemandeExemple.nord());
        // as the CRE was written before V96: COG codes in its document (V96 rewrote the demandes, not the history)
        assertThat(jdbc.sql("""
                update mouvement set contenu = jsonb_set(jsonb_set(cast(contenu as jsonb), '{demande,demandeur,paysNaissance}',
                       '"99131"'), '{demande,adresse,pays}', '"99100"')
                 where numero_unique = ? and type = 'CRE'""").param(numero).update()).isOne();
        JsonNode cre = suite("G5902", "", curseur).stream()
                .filter(m -> m.get("numeroUnique").asString().equals(numero)).findFirst().orElseThrow();
        JsonNode demande = cre.get("document").get("demande");
        assertThat(demande.get("demandeur").get("paysNaissance").asString()).isEqualTo("Belgique");
        assertThat(demande.get("adresse").has("pays")).isFalse();
        assertThat(demande.get("adresse").get("codePostal").asString()).isEqualTo(jdbc.sql(
                "select contenu #>> '{adresse,codePostal}' from demande where numero_unique = ?").param(numero)
                .query(String.class).single());
    }

    @Test
    void un_curseur_altere_d_un_autre_guichet_d_autres_communes_ou_expire_est_refuse() {
        String curseur = appel("G5902", "&communes=59350").get("curseurSuivant").asString();
        // one character of the seal changed: its first (the last one carries only 2 bits of the 16 bytes, the others
        // padding a lenient decoder ignores: 'A' for 'B' there could leave the seal the same)
        int i = curseur.lastIndexOf('.') + 1;
        String altere = curseur.substring(0, i) + (curseur.charAt(i) == 'A' ? 'B' : 'A') + curseur.substring(i + 1);
        probleme(api.get("G5902", "/v1.0/mouvements?communes=59350&curseur=" + altere), 400, "CURSEUR_INVALIDE",
                "curseur");
        probleme(api.get("G5902", "/v1.0/mouvements?communes=59350&curseur=n-importe-quoi"), 400,
                "CURSEUR_INVALIDE", "curseur");
        probleme(api.get("G5901", "/v1.0/mouvements?communes=59350&curseur=" + curseur), 400, "CURSEUR_INVALIDE",
                "curseur");
        probleme(api.get("G5902", "/v1.0/mouvements?communes=59512&curseur=" + curseur), 400, "CURSEUR_INVALIDE",
                "curseur");
        // the same communes in another order and repeated: the same scope, the cursor holds
        assertThat(api.get("G5902", "/v1.0/mouvements?communes=59350,59350&curseur=" + curseur).statut())
                .isEqualTo(200);

        horloge.avancer(Duration.ofDays(31));
        probleme(api.get("G5902", "/v1.0/mouvements?communes=59350&curseur=" + curseur), 410, "CURSEUR_EXPIRE",
                "curseur");
    }

    @Test
    void les_parametres_hors_des_regles_sont_refuses() {
        String demain = URLEncoder.encode(Instant.now().plus(Duration.ofDays(1)).toString(), StandardCharsets.UTF_8);
        probleme(api.get("G5902", "/v1.0/mouvements?depuis=" + demain), 400, "DATE_FUTURE", "depuis");
        probleme(api.get("G5902", "/v1.0/mouvements?depuis=hier"), 400, "FORMAT_INVALIDE", "depuis");
        String curseur = appel("G5902", "").get("curseurSuivant").asString();
        probleme(api.get("G5902", "/v1.0/mouvements?depuis=2026-01-01T00:00:00Z&curseur=" + curseur), 400,
                "NON_APPLICABLE", "depuis");
        probleme(api.get("G5902", "/v1.0/mouvements?limite=0"), 400, "HORS_BORNES", "limite");
        probleme(api.get("G5902", "/v1.0/mouvements?limite=10001"), 400, "HORS_BORNES", "limite");
        probleme(api.get("G5902", "/v1.0/mouvements?limite=dix"), 400, "FORMAT_INVALIDE", "limite");
        probleme(api.get("G5902", "/v1.0/mouvements?communes=Lille"), 400, "FORMAT_INVALIDE", "communes");
        assertThat(api.get(null, "/v1.0/mouvements").statut()).isEqualTo(401);
    }
}
