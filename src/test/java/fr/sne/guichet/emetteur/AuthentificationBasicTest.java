package fr.sne.guichet.emetteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AuthentificationBasicTest {

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void identifiant_et_secret_sont_decodes_selon_rfc6749() {
        assertThat(JetonController.basic(base64("demo-g5901:demo-g5901-secret")))
                .containsExactly("demo-g5901", "demo-g5901-secret");
        // form-urlencoded before base64 (§2.3.1): ':' and '%' inside the secret
        assertThat(JetonController.basic(base64("client%3Aa:s%25e%3Acret"))).containsExactly("client:a", "s%e:cret");
    }

    @Test
    void un_en_tete_illisible_est_refuse() {
        assertThat(JetonController.basic("pas du base64 !")).isNull();
        assertThat(JetonController.basic(base64("sans-deux-points"))).isNull();
        assertThat(JetonController.basic(base64(":secret"))).isNull();
    }
}
