package fr.sne.demande.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.application.ModifierDemandeParEtapes;
import fr.sne.demande.application.VersionPerimeeException;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisible;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Modifying an active demande in the browser ("Modifier la demande", issue 8's modification): the registration's
 * Cerfa steps ({@link PagesEtapes}, template {@code demande/enregistrement/etape}) on a modification draft
 * pre-filled with the demande's content, each step's POST saving the draft then showing its errors by the rules
 * of a modification; the last step shows the rubrics changed, and "Enregistrer les modifications" writes the
 * modification on the version the draft was read at ({@link ModifierDemandeParEtapes}). A demande changed
 * meanwhile is not overwritten: nothing is written and the agent may start again from its current content. A
 * step's page and its form share one URL, so that a form posted after the session expired comes back, after the
 * sign-in, to the same step of the same draft.
 */
@Controller
@PagesWeb
class ModificationController {

    /** French names of the rubrics of the content ({@code ContenuDemande}'s fields), as the last step lists them. */
    static final Map<String, String> RUBRIQUES = Map.ofEntries(
            Map.entry("demandeur", "Demandeur"), Map.entry("coDemandeurs", "Co-demandeurs"),
            Map.entry("personnesACharge", "Personnes à charge"), Map.entry("personnesANaitre", "Enfants à naître"),
            Map.entry("adresse", "Adresse"), Map.entry("contact", "Contact"),
            Map.entry("logementActuel", "Logement actuel"), Map.entry("motifs", "Motifs de la demande"),
            Map.entry("logementRecherche", "Logement recherché"), Map.entry("handicap", "Handicap"),
            Map.entry("precisions", "Précisions"), Map.entry("dateDepot", "Date de dépôt"));

    private final ModifierDemandeParEtapes modification;
    private final ActeurCourant acteurCourant;
    private final PagesEtapes etapes;

    ModificationController(ModifierDemandeParEtapes modification, ActeurCourant acteurCourant, PagesEtapes etapes) {
        this.modification = modification;
        this.acteurCourant = acteurCourant;
        this.etapes = etapes;
    }

    /**
     * Opens the modification: the agent's draft of this demande if he left one, else a new one. A radiated
     * demande (a page displayed before its radiation) is not modified: said on an error page (409).
     */
    @PostMapping("/pro/demandes/{numero}/modification")
    String commencer(@PathVariable String numero, HttpServletResponse reponse, Model modele) {
        Brouillon brouillon;
        try {
            brouillon = modification.commencer(numero, acteurCourant.acteur(), EtapeCerfa.DEMANDEUR.chemin());
        } catch (ConflitException refus) {
            return refus(refus, reponse, modele);
        }
        return "redirect:" + adresse(numero, brouillon.id(),
                EtapeCerfa.parChemin(brouillon.etape()).orElse(EtapeCerfa.DEMANDEUR));
    }

    /**
     * The agent's modification draft of this demande when it can no longer be read: its error, and the button that
     * deletes it and starts again from the demande's current content. Otherwise (the GET of the opening's POST
     * path after a sign-in) back to the demande's page, nothing opened.
     */
    @GetMapping("/pro/demandes/{numero}/modification")
    String apresConnexion(@PathVariable String numero, Model modele) {
        Optional<BrouillonIllisible> illisible = modification.illisible(numero, acteurCourant.acteur());
        if (illisible.isEmpty()) {
            return "redirect:/pro/demandes/" + numero;
        }
        modele.addAttribute("numero", numero);
        modele.addAttribute("id", illisible.get().id());
        modele.addAttribute("etape", EtapeCerfa.parChemin(illisible.get().etape()).map(EtapeCerfa::titre)
                .orElse(illisible.get().etape()));
        modele.addAttribute("modifieLe", EnregistrementController.DATE_HEURE.format(illisible.get().modifieLe()));
        return "demande/modification-illisible";
    }

    /** A draft whose content can no longer be read is not resumed: the page that says so and deletes it. */
    @ExceptionHandler(BrouillonIllisibleException.class)
    String brouillonIllisible(BrouillonIllisibleException illisible) {
        return "redirect:/pro/demandes/" + illisible.brouillon().demandeModifiee() + "/modification";
    }

    @GetMapping("/pro/demandes/{numero}/modification/{id}/etapes/{etape}")
    String etape(@PathVariable String numero, @PathVariable UUID id, @PathVariable String etape,
            @RequestParam(name = "verifier", required = false) @Nullable String verifier, Model modele) {
        EtapeCerfa e = etape(etape);
        Acteur acteur = acteurCourant.acteur();
        Brouillon brouillon = modification.lire(numero, id, acteur);
        if (brouillon.estEnregistre()) {
            return "redirect:/pro/demandes/" + numero;
        }
        if (e == EtapeCerfa.RECAPITULATIF) {
            return recapitulatif(brouillon, acteur, null, null, modele);
        }
        List<ErreurChamp> erreurs = verifier == null ? List.of()
                : etapes.erreurs(brouillon, modification.apercu(brouillon, acteur).erreurs()).stream()
                        .filter(err -> e.possede(err.champ())).toList();
        return page(brouillon, e, erreurs, modele);
    }

    /**
     * Saves the step's fields in the draft whatever they hold, then: "suivant" goes on when the step has no error
     * and shows them otherwise; "precedent" goes back; "ajouter" shows the step again with one more empty line;
     * "quitter" leaves the draft for later (back to the demande's page). The last step writes the modification.
     */
    @PostMapping("/pro/demandes/{numero}/modification/{id}/etapes/{etape}")
    String enregistrerEtape(@PathVariable String numero, @PathVariable UUID id, @PathVariable String etape,
            @RequestParam(name = "action", defaultValue = "suivant") String action, HttpServletRequest requete,
            HttpServletResponse reponse, RedirectAttributes redirection, Model modele) {
        EtapeCerfa e = etape(etape);
        Acteur acteur = acteurCourant.acteur();
        Brouillon brouillon = modification.lire(numero, id, acteur);
        if (brouillon.estEnregistre()) {
            return "redirect:/pro/demandes/" + numero;
        }
        if (e == EtapeCerfa.RECAPITULATIF) {
            return switch (action) {
                case "precedent" -> "redirect:" + adresse(numero, id, e.precedente().orElse(e));
                case "quitter" -> "redirect:/pro/demandes/" + numero;
                default -> enregistrer(brouillon, acteur, reponse, redirection, modele);
            };
        }
        FormulaireCerfa.Fusion fusion = etapes.fusionner(brouillon, e, requete.getParameterMap(), acteur);
        List<ErreurChamp> toutes = modification.enregistrerEtape(numero, id, acteur, fusion.contenu(),
                fusion.saisiesBrutes(), e.chemin());
        Brouillon enregistre = new Brouillon(id, brouillon.agent(), brouillon.guichet(), fusion.contenu(),
                fusion.saisiesBrutes(), e.chemin(), null, brouillon.creeLe(), brouillon.modifieLe(),
                brouillon.demandeModifiee(), brouillon.versionDemande());
        List<ErreurChamp> deLEtape = etapes.erreurs(enregistre, toutes).stream().filter(err -> e.possede(err.champ()))
                .toList();
        return switch (action) {
            case "precedent" -> "redirect:" + adresse(numero, id, e.precedente().orElse(e));
            case "quitter" -> "redirect:/pro/demandes/" + numero;
            case "ajouter" -> page(enregistre, e, List.of(), modele);
            default -> deLEtape.isEmpty() ? "redirect:" + adresse(numero, id, e.suivante().orElse(e))
                    : page(enregistre, e, deLEtape, modele);
        };
    }

    /** Drops the draft and opens a new one from the demande's current content (the demande changed meanwhile). */
    @PostMapping("/pro/demandes/{numero}/modification/{id}/recommencer")
    String recommencer(@PathVariable String numero, @PathVariable UUID id, HttpServletResponse reponse,
            Model modele) {
        Brouillon nouveau;
        try {
            nouveau = modification.recommencer(numero, id, acteurCourant.acteur(), EtapeCerfa.DEMANDEUR.chemin());
        } catch (ConflitException refus) {
            return refus(refus, reponse, modele);
        }
        return "redirect:" + adresse(numero, nouveau.id(), EtapeCerfa.DEMANDEUR);
    }

    /** The layout's error page, with the refusal's message (the demande radiated meanwhile). */
    private static String refus(ConflitException refus, HttpServletResponse reponse, Model modele) {
        reponse.setStatus(HttpStatus.CONFLICT.value());
        modele.addAttribute("statut", HttpStatus.CONFLICT.value());
        modele.addAttribute("titreErreur", "Modification impossible");
        modele.addAttribute("messageErreur", refus.getMessage());
        return "pro/erreur";
    }

    /** The GET of the restart's POST path (after a sign-in): back to the last step, nothing dropped. */
    @GetMapping("/pro/demandes/{numero}/modification/{id}/recommencer")
    String recommencerApresConnexion(@PathVariable String numero, @PathVariable UUID id) {
        return "redirect:" + adresse(numero, id, EtapeCerfa.RECAPITULATIF);
    }

    private String enregistrer(Brouillon brouillon, Acteur acteur, HttpServletResponse reponse,
            RedirectAttributes redirection, Model modele) {
        String numero = brouillon.demandeModifiee();
        ModifierDemandeParEtapes.Apercu apercu = modification.apercu(brouillon, acteur);
        if (!etapes.erreurs(brouillon, apercu.erreurs()).isEmpty() || apercu.perimee()) {
            reponse.setStatus(apercu.perimee() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return recapitulatif(brouillon, acteur, apercu, null, modele);
        }
        try {
            modification.enregistrer(numero, brouillon.id(), acteur);
        } catch (DonneesInvalidesException invalide) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return recapitulatif(brouillon, acteur, new ModifierDemandeParEtapes.Apercu(apercu.demande(),
                    invalide.erreurs(), List.of(), false), null, modele);
        } catch (VersionPerimeeException perimee) {
            reponse.setStatus(HttpStatus.CONFLICT.value());
            return recapitulatif(brouillon, acteur, new ModifierDemandeParEtapes.Apercu(apercu.demande(),
                    List.of(), List.of(), true), null, modele);
        } catch (ConflitException conflit) {
            reponse.setStatus(HttpStatus.CONFLICT.value());
            return recapitulatif(brouillon, acteur, apercu, conflit.getMessage(), modele);
        }
        redirection.addFlashAttribute("succes", apercu.rubriques().isEmpty()
                ? "Aucune rubrique n'avait changé : la demande est inchangée."
                : "La demande a été modifiée (" + String.join(", ", libelles(apercu.rubriques())).toLowerCase(
                        java.util.Locale.FRENCH) + "). Aucune attestation n'est délivrée pour une modification.");
        return "redirect:/pro/demandes/" + numero;
    }

    private String recapitulatif(Brouillon brouillon, Acteur acteur, ModifierDemandeParEtapes.@Nullable Apercu lu,
            @Nullable String refus, Model modele) {
        ModifierDemandeParEtapes.Apercu apercu = lu != null ? lu : modification.apercu(brouillon, acteur);
        modele.addAttribute("doublons", Map.of());
        modele.addAttribute("refus", refus);
        modele.addAttribute("perimee", apercu.perimee());
        modele.addAttribute("active", apercu.demande().estActive());
        modele.addAttribute("rubriques", libelles(apercu.rubriques()));
        modele.addAttribute("saisie", brouillon.contenu());
        modele.addAttribute("communes", brouillon.contenu().logementRecherche() == null ? List.of()
                : brouillon.contenu().logementRecherche().communesSouhaitees().stream().map(etapes::libelleCommune)
                        .toList());
        return page(brouillon, EtapeCerfa.RECAPITULATIF, etapes.erreurs(brouillon, apercu.erreurs()), modele);
    }

    private String page(Brouillon brouillon, EtapeCerfa etape, List<ErreurChamp> erreurs, Model modele) {
        String numero = brouillon.demandeModifiee();
        modele.addAttribute("modification", numero);
        return etapes.page(brouillon, etape, erreurs, racine(numero, brouillon.id()), modele);
    }

    private static List<String> libelles(List<String> rubriques) {
        return rubriques.stream().map(r -> RUBRIQUES.getOrDefault(r, r)).toList();
    }

    private static EtapeCerfa etape(String chemin) {
        return EtapeCerfa.parChemin(chemin).orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE,
                "Étape inconnue : " + chemin));
    }

    static String racine(@Nullable String numero, UUID id) {
        return "/pro/demandes/" + numero + "/modification/" + id;
    }

    static String adresse(@Nullable String numero, UUID id, EtapeCerfa etape) {
        return racine(numero, id) + "/etapes/" + etape.chemin();
    }

}
