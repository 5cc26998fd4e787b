package fr.sne.guichet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint behind the guichet API security: answers with the calling guichet. */
@RestController
class MoiTestController {

    private final GuichetAppelant appelant;

    MoiTestController(GuichetAppelant appelant) {
        this.appelant = appelant;
    }

    @GetMapping("/v1.0/test/moi")
    Guichet moi() {
        return appelant.guichet();
    }
}
