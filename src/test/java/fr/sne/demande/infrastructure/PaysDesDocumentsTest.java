package fr.sne.demande.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.sne.referentiel.internal.ReferentielPaysCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A movement document written before V96 gives its countries by name through the feed (ADR 0019). */
class PaysDesDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PaysDesDocuments pays = new PaysDesDocuments(new ReferentielPaysCsv(), JSON);

    @Test
    void les_codes_cog_d_un_ancien_document_deviennent_des_noms_et_la_france_s_en_va() {
        String ancien = """
                {"version":1,"type":"CRE","numeroUnique":"059012601000001G5901","demande":{
                 "demandeur":{"nomNaissance":"Martin","paysNaissance":"99131","communeNaissance":null},
                 "coDemandeurs":[{"nomNaissance":"Durand","paysNaissance":"99100"},{"nomNaissance":"Kone"}],
                 "adresse":{"voie":"1 rue de la Paix","pays":"99100"},
                 "logementRecherche":{"communes":["59350"]}}}""";
        JsonNode relu = JSON.readTree(pays.relire(ancien));
        JsonNode demande = relu.get("demande");
        assertThat(demande.get("demandeur").get("paysNaissance").asString()).isEqualTo("Belgique");
        assertThat(demande.get("coDemandeurs").get(0).has("paysNaissance")).isFalse();
        assertThat(demande.get("coDemandeurs").get(1).get("nomNaissance").asString()).isEqualTo("Kone");
        assertThat(demande.get("adresse").has("pays")).isFalse();
        assertThat(demande.get("adresse").get("voie").asString()).isEqualTo("1 rue de la Paix");
        // everything else as it was
        JsonNode attendu = JSON.readTree(ancien);
        ((tools.jackson.databind.node.ObjectNode) attendu.get("demande").get("demandeur")).put("paysNaissance",
                "Belgique");
        ((tools.jackson.databind.node.ObjectNode) attendu.get("demande").get("coDemandeurs").get(0))
                .remove("paysNaissance");
        ((tools.jackson.databind.node.ObjectNode) attendu.get("demande").get("adresse")).remove("pays");
        assertThat(relu).isEqualTo(attendu);
    }

    @Test
    void un_document_sans_code_est_rendu_tel_quel() {
        String recent = """
                {"version":1,"type":"CRE","demande":{"demandeur":{"paysNaissance":"Belgique"},
                 "adresse":{"pays":"Côte d’Ivoire"}}}""";
        assertThat(pays.relire(recent)).isSameAs(recent);
        // a "99xxx" elsewhere than a country field: parsed, but given back as it was
        String autre = "{\"version\":1,\"type\":\"EVT\",\"donnees\":{\"reference\":\"99123\"}}";
        assertThat(pays.relire(autre)).isSameAs(autre);
    }

    @Test
    void seul_un_code_entre_guillemets_de_cinq_chiffres_commencant_par_99_fait_relire() {
        assertThat(PaysDesDocuments.codeCog("{\"pays\":\"99131\"}")).isTrue();
        assertThat(PaysDesDocuments.codeCog("\"99131\"")).isTrue();
        assertThat(PaysDesDocuments.codeCog("{\"a\":\"9913\",\"b\":\"991311\",\"c\":99131}")).isFalse();
        assertThat(PaysDesDocuments.codeCog("{\"a\":\"99A31\",\"b\":\"89131\"}")).isFalse();
        assertThat(PaysDesDocuments.codeCog("\"99")).isFalse();
        assertThat(PaysDesDocuments.codeCog("")).isFalse();
    }
}
