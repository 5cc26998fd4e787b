package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;

/** A window of an hour: the five calls cannot straddle two windows. */
@TestPropertySource(properties = {"sne.api.limite-requetes=4", "sne.api.fenetre-limite=1h"})
class LimiteDebitIT extends ApiIT {

    @Test
    void chaque_reponse_dit_ce_qui_reste_et_au_dela_l_api_repond_429() {
        List<Reponse> reponses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reponses.add(api.get("G6201", "/v1.0/demandes/0620101000001G6201"));
        }

        assertThat(reponses.subList(0, 4)).allSatisfy(r -> {
            assertThat(r.statut()).isEqualTo(404);
            assertThat(r.entete("RateLimit-Limit")).isEqualTo("4");
        });
        assertThat(reponses.get(3).entete("RateLimit-Remaining")).isEqualTo("0");
        Reponse refusee = reponses.get(4);
        assertThat(refusee.statut()).isEqualTo(429);
        assertThat(refusee.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(refusee.json().get("type").asString()).isEqualTo("urn:sne:probleme:trop-de-requetes");
        assertThat(refusee.json().get("code").asString()).isEqualTo("TROP_DE_REQUETES");
        assertThat(Long.parseLong(refusee.entete("Retry-After"))).isBetween(1L, 3600L);

        assertThat(api.get("G6201", "/v3/api-docs").statut()).isEqualTo(200);
    }
}
