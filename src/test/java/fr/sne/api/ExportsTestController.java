package fr.sne.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;

/**
 * Test-only endpoint under {@code /v1.0/exports}, the paths the habilitation {@code exports} guards
 * ({@link HabilitationsRequises}) before the bulk exports' controller exists: answers with the calling guichet.
 */
@RestController
@ControleurApi
class ExportsTestController {

    private final ActeurCourant appelant;

    ExportsTestController(ActeurCourant appelant) {
        this.appelant = appelant;
    }

    @GetMapping("/v1.0/exports/essai-habilitation")
    Map<String, String> essai() {
        return Map.of("guichet", appelant.acteur().guichetRequis());
    }
}
