package fr.sne.portail.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.portail.application.DeposerEnLigne;
import fr.sne.portail.domaine.BrouillonDepot;
import fr.sne.portail.domaine.EtapeDepot;
import fr.sne.portail.domaine.Question;
import fr.sne.portail.domaine.Questionnaire;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Filing a demande on the portal (issue 18 §2, ADR 0028): what to have at hand first, then the Cerfa in plain
 * language, a few questions per page (DSFR stepper), each page's answers kept in the account's draft whatever they
 * hold, its errors shown as sentences; the last page checks everything again, files the demande for the portal's
 * guichet and leads to its attestation. Every page works without JavaScript.
 */
@Controller
class DepotController {

    static final String RACINE = "/portail/deposer";

    private final DeposerEnLigne depot;
    private final DemandeurConnecte demandeur;
    private final QuestionsVues vues;

    DepotController(DeposerEnLigne depot, DemandeurConnecte demandeur, QuestionsVues vues) {
        this.depot = depot;
        this.demandeur = demandeur;
        this.vues = vues;
    }

    /** Before starting: the documents needed (only the identity document to register), and the draft if any. */
    @GetMapping(RACINE)
    String avant(Model modele) {
        Optional<BrouillonDepot> brouillon = depot.brouillon(demandeur.compte());
        modele.addAttribute("brouillon", brouillon.orElse(null));
        modele.addAttribute("reprise", brouillon.map(b -> adresse(b.etape())).orElse(null));
        return "portail/depot/avant";
    }

    @PostMapping(RACINE)
    String commencer() {
        BrouillonDepot brouillon = depot.commencer(demandeur.compte(), demandeur.identite());
        return "redirect:" + adresse(brouillon.etape());
    }

    /** Gives up the filing in progress: its answers are deleted. */
    @PostMapping(RACINE + "/abandon")
    String abandonner(RedirectAttributes suite) {
        depot.abandonner(demandeur.compte());
        suite.addFlashAttribute("abandonne", true);
        return "redirect:" + RACINE;
    }

    @GetMapping(RACINE + "/{etape}")
    String etape(@PathVariable String etape, Model modele) {
        EtapeDepot e = etape(etape);
        Optional<BrouillonDepot> brouillon = depot.brouillon(demandeur.compte());
        if (brouillon.isEmpty()) {
            return "redirect:" + RACINE;
        }
        if (e == EtapeDepot.VERIFICATION) {
            return verification(brouillon.get(), depot.erreurs(brouillon.get(), demandeur.acteur()), null, modele);
        }
        return page(e, brouillon.get().reponses(), brouillon.get().reponses(), List.of(), modele);
    }

    /**
     * Keeps the page's answers, then: "suivant" goes on when the page has no error and shows them otherwise;
     * "precedent" goes back; "quitter" keeps the draft for later. The last page files the demande.
     */
    @PostMapping(RACINE + "/{etape}")
    String repondre(@PathVariable String etape, @RequestParam(name = "action", defaultValue = "suivant") String action,
            HttpServletRequest requete, Model modele) {
        EtapeDepot e = etape(etape);
        if (e == EtapeDepot.VERIFICATION) {
            return switch (action) {
                case "precedent" -> "redirect:" + adresse(Questionnaire.precedente(e,
                        depot.brouillon(demandeur.compte()).map(BrouillonDepot::reponses).orElse(Map.of())));
                case "quitter" -> "redirect:/portail/demandes";
                default -> deposer(modele);
            };
        }
        Map<String, String> reponses = new LinkedHashMap<>();
        for (Question q : Questionnaire.de(e)) {
            String[] valeurs = requete.getParameterValues(q.nom());
            if (valeurs != null) {
                reponses.put(q.nom(), String.join(",", valeurs));
            }
        }
        Optional<List<ErreurChamp>> erreurs = depot.enregistrerEtape(demandeur.compte(), demandeur.acteur(), e,
                reponses);
        if (erreurs.isEmpty()) {
            return "redirect:" + RACINE;
        }
        // the way goes through the co-demandeur's page only when the family page says someone signs the lease
        Map<String, String> toutes = depot.brouillon(demandeur.compte()).map(BrouillonDepot::reponses)
                .orElse(reponses);
        return switch (action) {
            case "precedent" -> "redirect:" + adresse(Questionnaire.precedente(e, toutes));
            case "quitter" -> "redirect:/portail/demandes?brouillon";
            default -> erreurs.get().isEmpty() ? "redirect:" + adresse(Questionnaire.suivante(e, toutes))
                    : page(e, toutes, reponses, erreurs.get(), modele);
        };
    }

    private String deposer(Model modele) {
        Optional<BrouillonDepot> brouillon = depot.brouillon(demandeur.compte());
        if (brouillon.isEmpty()) {
            return "redirect:/portail/demandes";
        }
        List<ErreurChamp> erreurs = depot.erreurs(brouillon.get(), demandeur.acteur());
        if (!erreurs.isEmpty()) {
            return verification(brouillon.get(), erreurs, null, modele);
        }
        try {
            Optional<DeposerEnLigne.Depot> fait = depot.deposer(demandeur.compte(), demandeur.acteur(),
                    demandeur.identite(), LocaleContextHolder.getLocale());
            if (fait.isEmpty()) {
                return "redirect:/portail/demandes";
            }
            String envoi = fait.get().courrielEnvoye() ? "envoye" : fait.get().courriel() == null ? "sans" : "echec";
            return "redirect:/portail/demandes/" + fait.get().numeroUnique() + "/deposee?courriel=" + envoi;
        } catch (DonneesInvalidesException invalide) {
            return verification(brouillon.get(), invalide.erreurs(), null, modele);
        } catch (ConflitException refus) {
            // a duplicate of a household's demande may be the co-demandeur's: the sentence says so
            String code = "DOUBLON".equals(refus.code()) && Questionnaire.avecCoDemandeur(brouillon.get().reponses())
                    ? "DOUBLON.foyer" : refus.code();
            return verification(brouillon.get(), List.of(), code, modele);
        }
    }

    /** The last page: every answer by page (with a link to change it), every error, a refusal explained. */
    private String verification(BrouillonDepot brouillon, List<ErreurChamp> erreurs, @Nullable String refus,
            Model modele) {
        List<Section> sections = new ArrayList<>();
        List<Integer> places = Questionnaire.placesRemplies(brouillon.reponses());
        for (EtapeDepot e : Questionnaire.parcours(brouillon.reponses())) {
            if (e == EtapeDepot.VERIFICATION) {
                continue;
            }
            // the empty places of persons in care are not shown
            List<Ligne> lignes = Questionnaire.de(e).stream().filter(q -> q.place() < 0 || places.contains(q.place()))
                    .map(q -> new Ligne(vues.libelleComplet(q), vues.affichage(q, brouillon.reponses().get(q.nom()))))
                    .toList();
            sections.add(new Section(e, vues.texte("depot.etape." + e.chemin(), e.chemin()), adresse(e), lignes));
        }
        modele.addAttribute("sections", sections);
        modele.addAttribute("refus", refus == null ? null : vues.refus(refus));
        modele.addAttribute("doublon", refus != null && refus.startsWith("DOUBLON"));
        return stepper(EtapeDepot.VERIFICATION, brouillon.reponses(), vues.erreurs(erreurs, DepotController::adresse,
                EtapeDepot.VERIFICATION), modele, "portail/depot/verification");
    }

    /** A line of the summary: a question and its answer as shown. */
    public record Ligne(String question, String reponse) {
    }

    /** A page's part of the summary: its title, its address, its answers. */
    public record Section(EtapeDepot etape, String titre, String adresse, List<Ligne> lignes) {
    }

    /**
     * A page of questions.
     *
     * @param toutes   the draft's answers (they choose the way: with or without the co-demandeur's page)
     * @param reponses the answers the page shows (those just sent when they hold errors)
     */
    private String page(EtapeDepot etape, Map<String, String> toutes, Map<String, String> reponses,
            List<ErreurChamp> erreurs, Model modele) {
        modele.addAttribute("groupes", vues.groupes(vues.champs(etape, reponses, List.of())));
        return stepper(etape, toutes, vues.erreurs(erreurs, null, etape), modele, "portail/depot/etape");
    }

    private String stepper(EtapeDepot etape, Map<String, String> reponses, ErreursFormulaire erreurs, Model modele,
            String vue) {
        List<EtapeDepot> parcours = Questionnaire.parcours(reponses);
        EtapeDepot suivante = Questionnaire.suivante(etape, reponses);
        modele.addAttribute("etape", etape);
        // a page off the way (the co-demandeur's, opened by its address) is counted where it would be
        modele.addAttribute("numeroEtape", parcours.contains(etape) ? parcours.indexOf(etape) + 1
                : parcours.indexOf(suivante) + 1);
        modele.addAttribute("nombreEtapes", parcours.size());
        modele.addAttribute("titreEtape", vues.texte("depot.etape." + etape.chemin(), etape.chemin()));
        modele.addAttribute("titreSuivante", suivante == etape ? null
                : vues.texte("depot.etape." + suivante.chemin(), suivante.chemin()));
        modele.addAttribute("introEtape", vues.texte("depot.intro." + etape.chemin()));
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("action", adresse(etape));
        return vue;
    }

    private static EtapeDepot etape(String chemin) {
        return EtapeDepot.parChemin(chemin).orElseThrow(DemandeIntrouvable::new);
    }

    static String adresse(EtapeDepot etape) {
        return RACINE + "/" + etape.chemin();
    }
}
