package fr.sne.portail.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.limite.AdresseSource;
import fr.sne.portail.application.RattacherParCode;
import fr.sne.portail.application.RenvoyerCode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Attaching a demande made elsewhere (at a desk, on paper) to the account, with its numéro unique and personal code
 * ({@code /portail/rattacher}); and "I forgot my code" ({@code /portail/code-oublie}), whose answer is always the
 * same sentence: the code goes to the demande's own address, never to the screen.
 */
@Controller
class PagesRattachement {

    private final DemandeurConnecte demandeur;
    private final RattacherParCode rattacher;
    private final RenvoyerCode renvoyer;

    PagesRattachement(DemandeurConnecte demandeur, RattacherParCode rattacher, RenvoyerCode renvoyer) {
        this.demandeur = demandeur;
        this.rattacher = rattacher;
        this.renvoyer = renvoyer;
    }

    @GetMapping("/portail/rattacher")
    String formulaire() {
        return "portail/rattacher";
    }

    @PostMapping("/portail/rattacher")
    String rattacher(@RequestParam(defaultValue = "") String numero, @RequestParam(defaultValue = "") String code,
            HttpServletRequest requete, Model modele, RedirectAttributes suite) {
        RattacherParCode.Issue issue = rattacher.executer(demandeur.compte(), borne(numero), borne(code),
                AdresseSource.de(requete));
        return switch (issue) {
            case RattacherParCode.Issue.Rattachee r -> {
                suite.addFlashAttribute("rattachee", true);
                yield "redirect:/portail/demandes/" + r.numeroUnique();
            }
            case RattacherParCode.Issue.Refusee r -> {
                modele.addAttribute("numero", borne(numero));
                modele.addAttribute("motif", CodeMotif.RATTACHEMENT_REFUSE.name());
                yield "portail/rattacher";
            }
            case RattacherParCode.Issue.Freinee f -> {
                modele.addAttribute("numero", borne(numero));
                modele.addAttribute("motif", CodeMotif.RATTACHEMENT_FREINE.name());
                modele.addAttribute("minutes", Math.max(1, (f.attente().toSeconds() + 59) / 60));
                yield "portail/rattacher";
            }
        };
    }

    @GetMapping("/portail/code-oublie")
    String codeOublie() {
        return "portail/code-oublie";
    }

    @PostMapping("/portail/code-oublie")
    String demanderCode(@RequestParam(defaultValue = "") String numero, RedirectAttributes suite) {
        renvoyer.executer(demandeur.compte(), borne(numero));
        suite.addFlashAttribute("envoye", true);
        return "redirect:/portail/code-oublie";
    }

    /** What a field may hold: no more than a numéro or a code, whatever was posted. */
    private static String borne(String saisie) {
        return saisie.length() > 60 ? saisie.substring(0, 60) : saisie;
    }
}
