package fr.sne.commun;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint that fails as an unforeseen bug would. */
@RestController
@ControleurApi
class ErreurTestController {

    @GetMapping("/v1.0/test/panne")
    String panne() {
        throw new IllegalStateException("détail interne qui ne doit pas sortir");
    }
}
