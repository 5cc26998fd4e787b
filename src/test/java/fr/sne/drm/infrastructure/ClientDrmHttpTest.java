package fr.sne.drm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.sun.net.httpserver.HttpServer;

import fr.sne.drm.application.port.DrmIndisponibleException;
import fr.sne.drm.domaine.IdentiteDrm;
import fr.sne.drm.domaine.ReponseDrm;
import fr.sne.drm.simulateur.SimulateurDrm;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client against a hostile or failing DRM (a stand-in server of the test): an answer off the contract is a
 * failure, never data; the circuit breaker opens after repeated failures; no configuration, no call.
 */
class ClientDrmHttpTest {

    static final IdentiteDrm PERSONNE = new IdentiteDrm("288045935012345", "Martin", "Claire",
            LocalDate.of(1988, 4, 12), "F");
    static final String INDIVIDU = """
            "individu":{"nir":"288045935012345","nomNaissance":"MARTIN","prenoms":"CLAIRE",
            "dateNaissance":"1988-04-12","sexe":"F"}""";

    HttpServer serveur;
    final AtomicReference<String> corps = new AtomicReference<>();
    final AtomicInteger statut = new AtomicInteger(200);
    final AtomicInteger appels = new AtomicInteger();

    @BeforeEach
    void demarrer() throws IOException {
        serveur = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveur.createContext("/oauth2/token", e -> {
            byte[] b = "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                    .getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(200, b.length);
            e.getResponseBody().write(b);
            e.close();
        });
        serveur.createContext("/v1/ressources-mensuelles", e -> {
            appels.incrementAndGet();
            byte[] b = corps.get().getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(statut.get(), b.length);
            e.getResponseBody().write(b);
            e.close();
        });
        serveur.start();
    }

    @AfterEach
    void arreter() {
        serveur.stop(0);
    }

    private ClientDrmHttp client(String url, int essais, int appelsMinimum) {
        return new ClientDrmHttp(JsonMapper.builder().build(),
                new StaticListableBeanFactory().getBeanProvider(SimulateurDrm.class), url, "", "sne", "secret",
                "drm.ressources", "", "", "", "", Duration.ofSeconds(1), Duration.ofSeconds(1), essais,
                Duration.ofMillis(1), Duration.ofSeconds(2), appelsMinimum, Duration.ofMinutes(1));
    }

    private String url() {
        return "http://127.0.0.1:" + serveur.getAddress().getPort();
    }

    private ReponseDrm interroger(ClientDrmHttp client) {
        return client.interroger(PERSONNE, YearMonth.of(2026, 8), YearMonth.of(2026, 10));
    }

    @Test
    void une_reponse_au_contrat_est_lue() {
        corps.set("{" + INDIVIDU + ",\"mois\":[{\"mois\":\"2026-10\",\"ressources\":[{\"nature\":\"S001\",\"montant\":1500.5}]}]}");
        ReponseDrm reponse = interroger(client(url(), 1, 100));
        assertThat(reponse).isInstanceOfSatisfying(ReponseDrm.Trouvee.class, t -> {
            assertThat(t.identite().nomNaissance()).isEqualTo("MARTIN");
            assertThat(t.mois()).singleElement().satisfies(m -> assertThat(m.montants().getFirst().montant())
                    .isEqualByComparingTo("1500.50"));
        });
        statut.set(404);
        corps.set("{\"code\":\"INDIVIDU_INCONNU\"}");
        assertThat(interroger(client(url(), 1, 100))).isInstanceOf(ReponseDrm.Inconnue.class);
    }

    @Test
    void une_reponse_hors_contrat_est_une_panne_jamais_des_donnees() {
        ClientDrmHttp client = client(url(), 1, 100);
        for (String hostile : new String[] {
                "<html>maintenance</html>",
                "{}",
                "{" + INDIVIDU + "}",
                "{" + INDIVIDU + ",\"mois\":[{\"mois\":\"2026-13\",\"ressources\":[]}]}",
                "{" + INDIVIDU + ",\"mois\":[{\"mois\":\"2026-10\",\"ressources\":[{\"nature\":\"S001\",\"montant\":1.234}]}]}",
                "{" + INDIVIDU + ",\"mois\":[{\"mois\":\"2026-10\",\"ressources\":[{\"nature\":\"s;01\",\"montant\":1}]}]}",
                "{" + INDIVIDU + ",\"mois\":[{\"mois\":\"2026-10\",\"ressources\":[{\"nature\":\"S001\",\"montant\":1e15}]}]}",
                "{\"individu\":{\"nir\":288045935012345},\"mois\":[]}"}) {
            corps.set(hostile);
            assertThatThrownBy(() -> interroger(client)).as(hostile).isInstanceOf(DrmIndisponibleException.class)
                    .hasMessageContaining("illisible");
        }
    }

    @Test
    void les_erreurs_du_serveur_sont_reessayees_puis_le_disjoncteur_s_ouvre() {
        statut.set(500);
        corps.set("{}");
        ClientDrmHttp client = client(url(), 3, 6);
        assertThatThrownBy(() -> interroger(client)).isInstanceOf(DrmIndisponibleException.class)
                .hasMessageContaining("500");
        assertThat(appels.get()).isEqualTo(3);
        assertThatThrownBy(() -> interroger(client)).isInstanceOf(DrmIndisponibleException.class);
        assertThat(client.etat()).isEqualTo("OPEN");
        int avant = appels.get();
        assertThatThrownBy(() -> interroger(client)).isInstanceOf(DrmIndisponibleException.class)
                .hasMessageContaining("suspendus");
        assertThat(appels.get()).as("no call while open").isEqualTo(avant);
    }

    @Test
    void sans_adresse_ni_simulateur_aucun_appel() {
        assertThatThrownBy(() -> interroger(client("", 1, 100))).isInstanceOf(DrmIndisponibleException.class)
                .hasMessageContaining("non configuré");
    }
}
