package fr.sne.commun;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints refusing the same way, one as an API controller, one as a web front end's would. */
class PageWebTestController {

    @RestController
    @ControleurApi
    static class Api {

        @GetMapping("/v1.0/test/conflit-api")
        String conflit() {
            throw new ConflitException("CONFLIT_TEST", "Conflit de test.", Map.of());
        }
    }

    @RestController
    static class Web {

        @GetMapping("/v1.0/test/conflit-web")
        String conflit() {
            throw new ConflitException("CONFLIT_TEST", "Conflit de test.", Map.of());
        }
    }
}
