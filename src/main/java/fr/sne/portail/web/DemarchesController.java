package fr.sne.portail.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemarchesDemandeur.Demarche;
import fr.sne.portail.application.ChangerMaDemande;
import fr.sne.portail.domaine.EtapeDepot;
import fr.sne.portail.domaine.Question;
import fr.sne.portail.domaine.Questionnaire;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The applicant's acts on a demande attached to his account (issue 18 §2, ADR 0028), under
 * {@code /portail/demandes/{numero}/**} (a numéro not attached answers the unknown demande's page, as every such
 * route): the page after a filing, the attestation, the renewal in the window (what changed, then confirmed), the
 * modification of contact details and situation, the renunciation (confirmed, nothing written otherwise). The
 * registry's refusals are shown as sentences, nothing written.
 */
@Controller
class DemarchesController {

    private static final String RACINE = "/portail/demandes/{numero}";

    /** The pages whose questions a renewal and a modification show: all but the last. */
    private static final List<EtapeDepot> PAGES = java.util.Arrays.stream(EtapeDepot.values())
            .filter(e -> e != EtapeDepot.VERIFICATION).toList();

    private final ChangerMaDemande changer;
    private final DemandeurConnecte demandeur;
    private final QuestionsVues vues;
    private final AvisUsagers avis;
    private final java.time.Clock horloge;

    DemarchesController(ChangerMaDemande changer, DemandeurConnecte demandeur, QuestionsVues vues,
            AvisUsagers avis, java.time.Clock horloge) {
        this.changer = changer;
        this.demandeur = demandeur;
        this.vues = vues;
        this.avis = avis;
        this.horloge = horloge;
    }

    /** After a filing: the numéro, the attestation (downloaded, and whether it went by e-mail), "Je donne mon avis". */
    @GetMapping(RACINE + "/deposee")
    String deposee(@PathVariable String numero, @RequestParam(name = "courriel", required = false) @Nullable String courriel,
            Model modele) {
        demandeur.numeroRattache(numero);
        modele.addAttribute("numero", numero);
        modele.addAttribute("courriel", courriel == null ? "sans" : courriel);
        modele.addAttribute("avis", avis.lien());
        modele.addAttribute("renouvellement", false);
        return "portail/depot/confirmation";
    }

    @GetMapping(RACINE + "/attestation")
    ResponseEntity<byte[]> attestation(@PathVariable String numero) {
        byte[] pdf = changer.attestation(demandeur.numeroRattache(numero), acteur());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-" + numero + ".pdf").build().toString())
                .body(pdf);
    }

    // --- renewal ---------------------------------------------------------------------------------------------

    @GetMapping(RACINE + "/renouveler")
    String renouveler(@PathVariable String numero, Model modele) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        return formulaire(dossier, dossier.reponses(), List.of(), null, "renouveler", modele);
    }

    /**
     * "verifier": the answers checked, then the page of what changed since, which sends them again with
     * "confirmer"; "confirmer": the renewal written, the attestation sent, the page that says so.
     */
    @PostMapping(RACINE + "/renouveler")
    String renouvelerEnvoye(@PathVariable String numero, @RequestParam(defaultValue = "verifier") String action,
            @RequestParam int version, HttpServletRequest requete, Model modele) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        Map<String, String> saisies = saisies(requete);
        if (!dossier.demande().actionsPermises().contains(Demarche.RENOUVELER)) {
            return formulaire(dossier, dossier.reponses(), List.of(), null, "renouveler", modele);
        }
        if ("corriger".equals(action)) {
            return formulaire(dossier, saisies, List.of(), null, "renouveler", modele);
        }
        try {
            if (!"confirmer".equals(action)) {
                ChangerMaDemande.Changement changement = changer.preparer(numero, saisies, acteur());
                modele.addAttribute("numero", numero);
                modele.addAttribute("version", version);
                modele.addAttribute("reponses", changement.reponses());
                modele.addAttribute("changements", changement.changees().stream().map(q -> new Changement(
                        vues.libelleComplet(q), vues.affichage(q, dossier.reponses().get(q.nom())),
                        vues.affichage(q, changement.reponses().get(q.nom())))).toList());
                return "portail/depot/renouvellement-verification";
            }
            String courriel = changer.renouveler(numero, saisies, version, acteur(), LocaleContextHolder.getLocale());
            return "redirect:/portail/demandes/" + numero + "/renouvelee?courriel="
                    + (courriel == null ? "sans" : "envoye");
        } catch (DonneesInvalidesException invalide) {
            return formulaire(dossier, saisies, invalide.erreurs(), null, "renouveler", modele);
        } catch (ConflitException refus) {
            return formulaire(dossier, saisies, List.of(), refus.code(), "renouveler", modele);
        }
    }

    /** What a renewal changes: a question, its answer before and after. */
    public record Changement(String question, String avant, String apres) {
    }

    @GetMapping(RACINE + "/renouvelee")
    String renouvelee(@PathVariable String numero,
            @RequestParam(name = "courriel", required = false) @Nullable String courriel, Model modele) {
        demandeur.numeroRattache(numero);
        modele.addAttribute("numero", numero);
        modele.addAttribute("courriel", courriel == null ? "sans" : courriel);
        modele.addAttribute("avis", avis.lien());
        modele.addAttribute("renouvellement", true);
        return "portail/depot/confirmation";
    }

    // --- modification ----------------------------------------------------------------------------------------

    @GetMapping(RACINE + "/modifier")
    String modifier(@PathVariable String numero, Model modele) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        return formulaire(dossier, dossier.reponses(), List.of(), null, "modifier", modele);
    }

    @PostMapping(RACINE + "/modifier")
    String modifierEnvoye(@PathVariable String numero, @RequestParam int version, HttpServletRequest requete,
            Model modele, RedirectAttributes suite) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        Map<String, String> saisies = saisies(requete);
        try {
            changer.modifier(numero, saisies, version, acteur());
        } catch (DonneesInvalidesException invalide) {
            return formulaire(dossier, saisies, invalide.erreurs(), null, "modifier", modele);
        } catch (ConflitException refus) {
            return formulaire(dossier, saisies, List.of(), refus.code(), "modifier", modele);
        }
        suite.addFlashAttribute("depotMessage", "depot.modifier.fait");
        return "redirect:/portail/demandes/" + numero;
    }

    // --- renunciation ----------------------------------------------------------------------------------------

    @GetMapping(RACINE + "/renoncer")
    String renoncer(@PathVariable String numero, Model modele) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        return pageRenonciation(dossier, false, null, modele);
    }

    /** Radiates the demande for the applicant's renunciation, only when he ticked the confirmation. */
    @PostMapping(RACINE + "/renoncer")
    String renoncerEnvoye(@PathVariable String numero, @RequestParam int version,
            @RequestParam(name = "confirmation", required = false) @Nullable String confirmation, Model modele,
            RedirectAttributes suite) {
        ChangerMaDemande.Dossier dossier = lire(numero);
        if (!"oui".equals(confirmation)) {
            return pageRenonciation(dossier, true, null, modele);
        }
        try {
            changer.renoncer(numero, version, acteur());
        } catch (ConflitException refus) {
            return pageRenonciation(dossier, false, refus.code(), modele);
        }
        suite.addFlashAttribute("depotMessage", "depot.renoncer.fait");
        return "redirect:/portail/demandes/" + numero;
    }

    private String pageRenonciation(ChangerMaDemande.Dossier dossier, boolean nonConfirmee, @Nullable String refus,
            Model modele) {
        modele.addAttribute("demande", dossier.demande());
        modele.addAttribute("permise", dossier.demande().actionsPermises().contains(Demarche.RENONCER));
        modele.addAttribute("refus", refus == null ? null : vues.refus(refus));
        modele.addAttribute("erreurs", vues.erreurs(nonConfirmee ? List.of(new ErreurChamp("confirmation",
                fr.sne.commun.CodeMotif.OBLIGATOIRE, vues.texte("depot.renoncer.confirmation-requise", ""))) : List.of(), null,
                null));
        return "portail/depot/renonciation";
    }

    // --- shared ----------------------------------------------------------------------------------------------

    /**
     * The form of a renewal or a modification: every question by page (without JavaScript the co-demandeur's too:
     * they are read only when the answer says someone signs the lease), the civil status of the demande's adults
     * shown but not asked (a guichet corrects it), outside the renewal window the date from which it opens.
     */
    private String formulaire(ChangerMaDemande.Dossier dossier, Map<String, String> reponses, List<ErreurChamp> erreurs,
            @Nullable String refus, String sorte, Model modele) {
        Map<String, List<QuestionsVues.Groupe>> sections = new LinkedHashMap<>();
        Map<String, String> avecEtatCivil = new LinkedHashMap<>(reponses);
        // the civil status of the demande's adults is shown, not asked; a co-demandeur added online is typed
        List<String> enLecture = Questionnaire.etatCivilEnLecture(dossier.demande().contenu());
        for (String nom : enLecture) {
            String valeur = dossier.reponses().get(nom);
            if (valeur != null) {
                avecEtatCivil.put(nom, valeur);
            }
        }
        for (EtapeDepot e : PAGES) {
            sections.put(vues.texte("depot.etape." + e.chemin(), e.chemin()),
                    vues.groupes(vues.champs(e, avecEtatCivil, enLecture)));
        }
        var demande = dossier.demande();
        Demarche demarche = "renouveler".equals(sorte) ? Demarche.RENOUVELER : Demarche.MODIFIER;
        modele.addAttribute("sorte", sorte);
        modele.addAttribute("demande", demande);
        modele.addAttribute("permise", demande.actionsPermises().contains(demarche));
        modele.addAttribute("avantFenetre", demande.active() && LocalDate.now(horloge).isBefore(demande.renouvelablePartirDu())
                && !demande.actionsPermises().contains(Demarche.RENOUVELER));
        modele.addAttribute("sections", sections);
        // a duplicate when a co-demandeur is added is his: the sentence says so
        modele.addAttribute("refus", refus == null ? null : vues.refus("DOUBLON".equals(refus)
                && Questionnaire.avecCoDemandeur(reponses) ? "DOUBLON.foyer" : refus));
        modele.addAttribute("erreurs", vues.erreurs(erreurs, null, null));
        return "portail/depot/changement";
    }

    private ChangerMaDemande.Dossier lire(String numero) {
        try {
            return changer.lire(demandeur.numeroRattache(numero), acteur());
        } catch (RessourceIntrouvableException introuvable) {
            throw new DemandeIntrouvable();
        }
    }

    private Acteur acteur() {
        return demandeur.acteur();
    }

    /** The answers a form sent, question by question (several boxes joined by commas). */
    private static Map<String, String> saisies(HttpServletRequest requete) {
        Map<String, String> saisies = new LinkedHashMap<>();
        for (Question q : Questionnaire.QUESTIONS) {
            String[] valeurs = requete.getParameterValues(q.nom());
            if (valeurs != null) {
                saisies.put(q.nom(), String.join(",", valeurs));
            }
        }
        return saisies;
    }
}
