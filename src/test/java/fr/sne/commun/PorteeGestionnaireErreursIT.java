package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.sne.ClientApi;
import fr.sne.ClientApi.Reponse;
import fr.sne.TestIntegration;

/**
 * The API's exception handler answers the controllers marked {@link ControleurApi} only: a web front end's
 * controller keeps its own error handling (here none, so the container's error page answers).
 */
@TestIntegration
class PorteeGestionnaireErreursIT {

    @LocalServerPort
    int port;

    @Test
    void seuls_les_controleurs_de_l_api_ont_leurs_refus_en_problemes_de_l_api() {
        ClientApi api = new ClientApi(port);

        Reponse duControleurApi = api.get("G5901", "/v1.0/test/conflit-api");
        Reponse duControleurWeb = api.get("G5901", "/v1.0/test/conflit-web");

        assertThat(duControleurApi.statut()).isEqualTo(409);
        assertThat(duControleurApi.json().get("code").asString()).isEqualTo("CONFLIT_TEST");
        assertThat(duControleurWeb.statut()).isNotEqualTo(409);
        assertThat(duControleurWeb.json().get("code").asString()).isNotEqualTo("CONFLIT_TEST");
    }
}
