package fr.sne.pro;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.commun.PagesWeb;
import jakarta.servlet.http.HttpSession;

/** The application's own pages: its entry, the refused sign-in, the signed-out page, the session's extension. */
@Controller
@PagesWeb
class PagesCommunes {

    private static final Map<String, String> MOTIFS = Map.of(
            ServiceAgentsOidc.COMPTE_INCONNU,
            "Votre identité est reconnue, mais aucun compte d'agent du SNE ne lui correspond. Demandez à votre "
                    + "gestionnaire territorial de créer votre compte.",
            ServiceAgentsOidc.COMPTE_INACTIF,
            "Votre compte ou celui de votre guichet est désactivé, ou vos droits ont changé. Reconnectez-vous ; "
                    + "si le refus persiste, adressez-vous à votre gestionnaire territorial.");

    @GetMapping("/")
    String entree() {
        return "redirect:/pro/";
    }

    @GetMapping("/pro")
    String entreePro() {
        return "redirect:/pro/";
    }

    @GetMapping("/pro/connexion-refusee")
    String connexionRefusee(@RequestParam(name = "motif", required = false) String motif, Model modele) {
        modele.addAttribute("explication", MOTIFS.getOrDefault(motif == null ? "" : motif,
                "La connexion n'a pas abouti. Réessayez ; si le problème persiste, contactez l'assistance."));
        return "pro/connexion-refusee";
    }

    @GetMapping("/pro/au-revoir")
    String auRevoir() {
        return "pro/au-revoir";
    }

    @GetMapping("/pro/accessibilite")
    String accessibilite() {
        return "pro/accessibilite";
    }

    /** Called by the session warning's "stay signed in" button: the request itself extends the session. */
    @GetMapping("/pro/session/prolonger")
    ResponseEntity<Map<String, Integer>> prolonger(HttpSession session) {
        return ResponseEntity.ok(Map.of("expireDans", session.getMaxInactiveInterval()));
    }
}
