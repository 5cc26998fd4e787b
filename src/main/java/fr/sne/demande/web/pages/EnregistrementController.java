package fr.sne.demande.web.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.PagesWeb;
import fr.sne.demande.application.EditerAttestation;
import fr.sne.demande.application.GererBrouillons;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.BrouillonsEnCours;
import fr.sne.demande.domaine.PersonneEnregistree;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Registering a demande in the browser (issue 9): the Cerfa 14069 in steps, each step's POST saving the draft
 * (even with errors) then showing the errors of its step, the duplicate check and every rule again at the last
 * step, then the registration ({@link GererBrouillons#enregistrer}, the draft's id as idempotency key) and the
 * attestation (R441-2-4 CCH). A step's page and its form share one URL, so that a form posted after the session
 * expired comes back, after the sign-in, to the same step of the same draft.
 */
@Controller
@PagesWeb
class EnregistrementController {

    static final String RACINE = "/pro/enregistrement";

    private static final org.slf4j.Logger JOURNAL = org.slf4j.LoggerFactory.getLogger(EnregistrementController.class);

    static final java.time.format.DateTimeFormatter DATE_HEURE = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of(fr.sne.commun.HorlogeConfiguration.NOM_FUSEAU));

    private final GererBrouillons brouillons;
    private final EditerAttestation attestation;
    private final ActeurCourant acteurCourant;
    private final PagesEtapes etapes;
    private final List<fr.sne.demande.SourcesSaisie> sources;

    EnregistrementController(GererBrouillons brouillons, EditerAttestation attestation, ActeurCourant acteurCourant,
            PagesEtapes etapes, List<fr.sne.demande.SourcesSaisie> sources) {
        this.brouillons = brouillons;
        this.attestation = attestation;
        this.acteurCourant = acteurCourant;
        this.etapes = etapes;
        this.sources = sources;
    }

    /** A line of the agent's list of drafts. */
    public record LigneBrouillon(UUID id, String demandeur, String etape, String modifieLe) {
    }

    /** A line of the agent's drafts that can no longer be read: no content, only what the row says of itself. */
    public record LigneIllisible(UUID id, String etape, String modifieLe) {
    }

    @GetMapping(RACINE)
    String accueil(Model modele) {
        BrouillonsEnCours enCours = brouillons.enCours(acteurCourant.acteur());
        modele.addAttribute("brouillons", enCours.brouillons().stream().map(b -> {
            var d = b.contenu().demandeur();
            String nom = d == null || d.nomNaissance() == null ? "(demandeur non saisi)"
                    : (d.prenoms() == null ? "" : d.prenoms() + " ") + d.nomNaissance();
            return new LigneBrouillon(b.id(), nom, titreEtape(b.etape()), DATE_HEURE.format(b.modifieLe()));
        }).toList());
        modele.addAttribute("illisibles", enCours.illisibles().stream().map(b -> new LigneIllisible(b.id(),
                titreEtape(b.etape()), DATE_HEURE.format(b.modifieLe()))).toList());
        return "demande/enregistrement/brouillons";
    }

    /**
     * A draft whose content can no longer be read is not resumed: back to the list, which shows it with its error
     * and lets the agent delete it.
     */
    @ExceptionHandler(BrouillonIllisibleException.class)
    String brouillonIllisible() {
        return "redirect:" + RACINE;
    }

    private static String titreEtape(String chemin) {
        return EtapeCerfa.parChemin(chemin).map(EtapeCerfa::titre).orElse(chemin);
    }

    /**
     * Starts a draft; with {@code source} (the national entry centre's "Saisir ce Cerfa"), the draft is typed from
     * that document, which the steps show beside the form ({@link fr.sne.demande.SourcesSaisie}).
     */
    @PostMapping(RACINE + "/brouillons")
    String commencer(@RequestParam(name = "source", required = false) @org.jspecify.annotations.Nullable String source) {
        Acteur acteur = acteurCourant.acteur();
        Brouillon brouillon = brouillons.creer(acteur, EtapeCerfa.DEMANDEUR.chemin());
        if (source != null && !source.isBlank()) {
            boolean liee = false;
            for (fr.sne.demande.SourcesSaisie s : sources) {
                liee = liee || s.lier(brouillon.id(), source, acteur);
            }
            if (!liee) {
                brouillons.supprimer(brouillon.id(), acteur);
                throw new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Document à saisir inconnu.");
            }
        }
        return "redirect:" + adresse(brouillon.id(), EtapeCerfa.DEMANDEUR);
    }

    /** Resumes a draft at the step where it was left. */
    @GetMapping(RACINE + "/brouillons/{id}")
    String reprendre(@PathVariable UUID id) {
        Brouillon brouillon = brouillons.lire(id, acteurCourant.acteur());
        if (brouillon.estEnregistre()) {
            return "redirect:" + RACINE + "/brouillons/" + id + "/confirmation";
        }
        return "redirect:" + adresse(id, EtapeCerfa.parChemin(brouillon.etape()).orElse(EtapeCerfa.DEMANDEUR));
    }

    @GetMapping(RACINE + "/brouillons/{id}/etapes/{etape}")
    String etape(@PathVariable UUID id, @PathVariable String etape,
            @RequestParam(name = "verifier", required = false) @org.jspecify.annotations.Nullable String verifier,
            Model modele) {
        EtapeCerfa e = etape(etape);
        Acteur acteur = acteurCourant.acteur();
        Brouillon brouillon = brouillons.lire(id, acteur);
        if (brouillon.estEnregistre()) {
            return "redirect:" + RACINE + "/brouillons/" + id + "/confirmation";
        }
        if (e == EtapeCerfa.RECAPITULATIF) {
            return recapitulatif(brouillon, acteur, erreurs(brouillon, brouillons.verifier(brouillon.contenu(), acteur)),
                    null, modele);
        }
        List<ErreurChamp> erreurs = verifier == null ? List.of()
                : erreurs(brouillon, brouillons.verifier(brouillon.contenu(), acteur)).stream()
                        .filter(err -> e.possede(err.champ())).toList();
        return page(brouillon, e, erreurs, modele);
    }

    /**
     * Saves the step's fields in the draft whatever they hold, then: "suivant" goes on when the step has no error
     * and shows them otherwise; "precedent" goes back; "ajouter" shows the step again with one more empty line;
     * "quitter" leaves the draft for later. The last step registers.
     */
    @PostMapping(RACINE + "/brouillons/{id}/etapes/{etape}")
    String enregistrerEtape(@PathVariable UUID id, @PathVariable String etape,
            @RequestParam(name = "action", defaultValue = "suivant") String action, HttpServletRequest requete,
            Model modele) {
        EtapeCerfa e = etape(etape);
        Acteur acteur = acteurCourant.acteur();
        Brouillon brouillon = brouillons.lire(id, acteur);
        if (brouillon.estEnregistre()) {
            return "redirect:" + RACINE + "/brouillons/" + id + "/confirmation";
        }
        if (e == EtapeCerfa.RECAPITULATIF) {
            return switch (action) {
                case "precedent" -> "redirect:" + adresse(id, e.precedente().orElse(e));
                case "quitter" -> "redirect:" + RACINE;
                default -> enregistrer(brouillon, acteur, modele);
            };
        }
        FormulaireCerfa.Fusion fusion = etapes.fusionner(brouillon, e, requete.getParameterMap(), acteur);
        List<ErreurChamp> toutes = brouillons.enregistrerEtape(id, acteur, fusion.contenu(), fusion.saisiesBrutes(),
                e.chemin());
        Brouillon enregistre = new Brouillon(id, brouillon.agent(), brouillon.guichet(), fusion.contenu(),
                fusion.saisiesBrutes(), e.chemin(), null, brouillon.creeLe(), brouillon.modifieLe());
        List<ErreurChamp> deLEtape = erreurs(enregistre, toutes).stream().filter(err -> e.possede(err.champ()))
                .toList();
        return switch (action) {
            case "precedent" -> "redirect:" + adresse(id, e.precedente().orElse(e));
            case "quitter" -> "redirect:" + RACINE;
            case "ajouter" -> page(enregistre, e, List.of(), modele);
            default -> deLEtape.isEmpty() ? "redirect:" + adresse(id, e.suivante().orElse(e))
                    : page(enregistre, e, deLEtape, modele);
        };
    }

    @GetMapping(RACINE + "/brouillons/{id}/confirmation")
    String confirmation(@PathVariable UUID id, Model modele) {
        Brouillon brouillon = brouillons.lire(id, acteurCourant.acteur());
        if (!brouillon.estEnregistre()) {
            return "redirect:" + adresse(id, EtapeCerfa.RECAPITULATIF);
        }
        // the document it was typed from is filed on the demande (idempotent: each display retries what failed)
        Acteur acteur = acteurCourant.acteur();
        boolean classementEchoue = false;
        for (fr.sne.demande.SourcesSaisie s : sources) {
            try {
                s.enregistree(id, java.util.Objects.requireNonNull(brouillon.numeroUnique()), acteur);
            } catch (RuntimeException e) {
                // the demande is registered; the document stays where it was, filed at the next display
                JOURNAL.warn("Document source du brouillon {} non classé sur {}", id, brouillon.numeroUnique(), e);
                classementEchoue = true;
            }
        }
        modele.addAttribute("classementEchoue", classementEchoue);
        modele.addAttribute("brouillon", brouillon);
        return "demande/enregistrement/confirmation";
    }

    @PostMapping(RACINE + "/brouillons/{id}/suppression")
    String supprimer(@PathVariable UUID id) {
        brouillons.supprimer(id, acteurCourant.acteur());
        return "redirect:" + RACINE + "?supprime";
    }

    /** The GET of the deletion's POST path (after a sign-in): back to the list, nothing deleted. */
    @GetMapping(RACINE + "/brouillons/{id}/suppression")
    String apresConnexion(@PathVariable UUID id) {
        return "redirect:" + RACINE;
    }

    @GetMapping(RACINE + "/attestations/{numeroUnique}")
    ResponseEntity<byte[]> attestation(@PathVariable String numeroUnique) {
        byte[] pdf = attestation.executer(numeroUnique, acteurCourant.acteur());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("attestation-" + numeroUnique + ".pdf").build().toString())
                .body(pdf);
    }

    private String enregistrer(Brouillon brouillon, Acteur acteur, Model modele) {
        List<ErreurChamp> brutes = erreurs(brouillon, List.of());
        if (!brutes.isEmpty()) {
            return recapitulatif(brouillon, acteur, brutes, null, modele);
        }
        try {
            brouillons.enregistrer(brouillon.id(), acteur);
        } catch (DonneesInvalidesException invalide) {
            return recapitulatif(brouillon, acteur, erreurs(brouillon, invalide.erreurs()), null, modele);
        } catch (ConflitException conflit) {
            return recapitulatif(brouillon, acteur, List.of(), conflit.getMessage(), modele);
        }
        return "redirect:" + RACINE + "/brouillons/" + brouillon.id() + "/confirmation";
    }

    private String recapitulatif(Brouillon brouillon, Acteur acteur, List<ErreurChamp> erreurs,
            @org.jspecify.annotations.Nullable String refus, Model modele) {
        Map<String, List<PersonneEnregistree>> doublons = brouillons.doublons(brouillon, acteur);
        modele.addAttribute("doublons", doublons);
        modele.addAttribute("refus", refus);
        modele.addAttribute("saisie", brouillon.contenu());
        modele.addAttribute("communes", brouillon.contenu().logementRecherche() == null ? List.of()
                : brouillon.contenu().logementRecherche().communesSouhaitees().stream().map(this::libelleCommune)
                        .toList());
        return page(brouillon, EtapeCerfa.RECAPITULATIF, erreurs, modele);
    }

    private String page(Brouillon brouillon, EtapeCerfa etape, List<ErreurChamp> erreurs, Model modele) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("volet", sources.stream().map(s -> s.volet(brouillon.id(), acteur))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null));
        return etapes.page(brouillon, etape, erreurs, RACINE + "/brouillons/" + brouillon.id(), modele);
    }

    private List<ErreurChamp> erreurs(Brouillon brouillon, List<ErreurChamp> regles) {
        return etapes.erreurs(brouillon, regles);
    }

    private String libelleCommune(String valeur) {
        return etapes.libelleCommune(valeur);
    }

    private static EtapeCerfa etape(String chemin) {
        return EtapeCerfa.parChemin(chemin).orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE,
                "Étape inconnue : " + chemin));
    }

    static String adresse(UUID id, EtapeCerfa etape) {
        return RACINE + "/brouillons/" + id + "/etapes/" + etape.chemin();
    }
}
