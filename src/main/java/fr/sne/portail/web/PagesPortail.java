package fr.sne.portail.web;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/**
 * The portal's home, the list of the demandes attached to the account and the page of one of them (whose actions and
 * follow-up are other parts' fragments), and the pages that only say something (sign-in refused, signed out).
 */
@Controller
class PagesPortail {

    private final DemandeurConnecte demandeur;
    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;

    PagesPortail(DemandeurConnecte demandeur, LectureDemandes lecture, VisibiliteDemandes visibilite) {
        this.demandeur = demandeur;
        this.lecture = lecture;
        this.visibilite = visibilite;
    }

    @GetMapping({"/portail", "/portail/"})
    String accueil() {
        return "portail/accueil";
    }

    @GetMapping("/portail/demandes")
    String demandes(Model modele) {
        Acteur acteur = demandeur.acteur();
        List<DemandeLue> demandes = acteur.demandesRattachees().stream()
                .map(lecture::lire)
                .flatMap(java.util.Optional::stream)
                .filter(d -> visibilite.peutVoir(acteur, d))
                .sorted(Comparator.comparing(DemandeLue::dateDepot).reversed())
                .toList();
        modele.addAttribute("demandes", demandes);
        return "portail/demandes";
    }

    @GetMapping("/portail/demandes/{numero}")
    String demande(@PathVariable String numero, Model modele) {
        Acteur acteur = demandeur.acteur();
        DemandeLue demande = lecture.lire(demandeur.numeroRattache(numero))
                .filter(d -> visibilite.peutVoir(acteur, d))
                .orElseThrow(DemandeIntrouvable::new);
        modele.addAttribute("demande", demande);
        return "portail/demande";
    }

    /** The refusals where the provider's answer could not be verified: nobody is signed in, try again later. */
    private static final java.util.Set<String> NON_VERIFIEES = java.util.Set.of(InformationsSignees.NON_SIGNEES,
            InformationsSignees.INVALIDES, ServiceDemandeursOidc.NIVEAU_INSUFFISANT, "invalid_id_token",
            "invalid_user_info_response");

    @GetMapping("/portail/connexion-refusee")
    String connexionRefusee(@RequestParam(required = false) @Nullable String motif, Model modele) {
        return message(modele, motif != null && NON_VERIFIEES.contains(motif) ? "socle.connexion-non-verifiee"
                : "socle.connexion-refusee");
    }

    @GetMapping("/portail/au-revoir")
    String auRevoir(Model modele) {
        return message(modele, "socle.au-revoir");
    }

    private static String message(Model modele, String cle) {
        modele.addAttribute("titreCle", cle + ".titre");
        modele.addAttribute("texteCle", cle + ".texte");
        return "portail/message";
    }
}
