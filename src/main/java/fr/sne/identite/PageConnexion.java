package fr.sne.identite;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The embedded identity provider's sign-in page, in the State's design system like the application it opens
 * (Spring Security's own form posts to the same {@code POST /login}).
 */
@Controller
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class PageConnexion {

    @GetMapping("/login")
    String connexion() {
        return "identite/connexion";
    }
}
