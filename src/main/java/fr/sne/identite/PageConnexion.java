package fr.sne.identite;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded identity provider's sign-in page, in the State's design system like the application it opens
 * (Spring Security's own form posts to the same {@code POST /login}).
 */
@Controller
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class PageConnexion {

    @GetMapping("/login")
    String connexion(@RequestParam(name = FreinageFormulaire.PARAMETRE, required = false) @Nullable String freinee,
            Model modele) {
        modele.addAttribute("minutesFreinage", minutes(freinee));
        return "identite/connexion";
    }

    /** The minutes a slowed sign-in must wait, as the redirect said (a number, bounded), or null. */
    static @Nullable Long minutes(@Nullable String freinee) {
        if (freinee == null || !freinee.matches("\\d{1,4}")) {
            return null;
        }
        return Math.max(1, Math.min(1_440, Long.parseLong(freinee)));
    }
}
