package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.sne.ClientApi;
import fr.sne.ClientApi.Reponse;
import fr.sne.TestIntegration;

/** Health is public; metrics and Prometheus are for the operators' clients (scope exploitation) only. */
@TestIntegration
class ActuateurIT {

    @LocalServerPort
    int port;

    @Test
    void le_client_d_exploitation_lit_les_metriques_et_prometheus() {
        ClientApi api = new ClientApi(port);

        Reponse prometheus = api.get("EXPLOITATION", "/actuator/prometheus");
        Reponse metriques = api.get("EXPLOITATION", "/actuator/metrics");

        assertThat(prometheus.statut()).isEqualTo(200);
        assertThat(prometheus.texte()).contains("jvm_memory_used_bytes");
        assertThat(metriques.statut()).isEqualTo(200);
        assertThat(metriques.json().get("names").toString()).contains("jvm.memory.used");
    }

    @Test
    void un_guichet_n_a_pas_acces_aux_metriques_403_en_probleme() {
        ClientApi api = new ClientApi(port);

        for (String chemin : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator" }) {
            Reponse reponse = api.get("G5901", chemin);
            assertThat(reponse.statut()).as(chemin).isEqualTo(403);
            assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
            assertThat(reponse.json().get("code").asString()).isEqualTo("DROITS_EXPLOITATION_REQUIS");
        }
    }

    @Test
    void sans_jeton_les_metriques_demandent_une_authentification_et_la_sante_reste_publique() {
        ClientApi api = new ClientApi(port);

        assertThat(api.get(null, "/actuator/prometheus").statut()).isEqualTo(401);
        assertThat(api.get(null, "/actuator/health").statut()).isEqualTo(200);
    }

    @Test
    void le_client_d_exploitation_n_agit_pour_aucun_guichet() {
        Reponse reponse = new ClientApi(port).get("EXPLOITATION", "/v1.0/test/moi");

        assertThat(reponse.statut()).isEqualTo(403);
        assertThat(reponse.json().get("code").asString()).isEqualTo("CLIENT_SANS_GUICHET");
    }
}
