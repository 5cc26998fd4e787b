package fr.sne.guichet.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GenerateurSecretsTest {

    private final GenerateurSecrets generateur = new GenerateurSecrets();

    @Test
    void un_mot_de_passe_est_fait_de_quatre_groupes_de_caracteres_sans_ambiguite() {
        String mot = generateur.motDePasse();

        assertThat(mot).matches("([a-km-zA-HJ-NP-Z2-9]{5}-){3}[a-km-zA-HJ-NP-Z2-9]{5}");
        assertThat(mot).doesNotContain("0", "O", "1", "l", "I");
    }

    @Test
    void un_secret_de_client_porte_256_bits_en_base64url() {
        String secret = generateur.secretClient();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(java.util.Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void deux_tirages_ne_se_repetent_pas() {
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(vus.add(generateur.motDePasse())).isTrue();
            assertThat(vus.add(generateur.secretClient())).isTrue();
        }
    }
}
