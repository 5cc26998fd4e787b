package fr.sne.guichet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;

/** Test-only endpoint behind the guichet API security: answers with the guichet the calling actor acts for. */
@RestController
@ControleurApi
class MoiTestController {

    private final ActeurCourant appelant;
    private final Guichets guichets;

    MoiTestController(ActeurCourant appelant, Guichets guichets) {
        this.appelant = appelant;
        this.guichets = guichets;
    }

    @GetMapping("/v1.0/test/moi")
    Guichet moi() {
        return guichets.parCode(appelant.acteur().guichetRequis()).orElseThrow();
    }
}
