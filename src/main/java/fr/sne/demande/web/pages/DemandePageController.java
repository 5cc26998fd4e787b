package fr.sne.demande.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.Refus;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.application.ConsulterActionsPermises;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.demande.ComplementRessourcesDemande;
import fr.sne.demande.ExtensionPageDemande;
import fr.sne.demande.application.ConsulterAvertissements;
import fr.sne.demande.application.ConsulterDemande;
import fr.sne.demande.application.ConsulterDossierDemande;
import fr.sne.demande.application.CommandeRadiation;
import fr.sne.demande.application.ParseurRadiation;
import fr.sne.demande.application.RadierDemande;
import fr.sne.demande.application.ConnexionPendantRenouvellement;
import fr.sne.demande.application.ReactiverDemande;
import fr.sne.demande.application.RenouvelerDemande;
import fr.sne.demande.application.VersionPerimeeException;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ActionPermise;
import fr.sne.demande.domaine.AccordCollectif;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Contingent;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A demande's page ({@code /pro/demandes/{numero}}): its header (état, dates, territory, guichet), its tabs (each
 * its own address, so that they work without JavaScript and each display is journaled), the attestation's
 * download, and the lifecycle actions a guichet's agent may take (renewal, radiation, reactivation), each on a
 * page of its own that shows what will happen and asks for confirmation. Every action is sent with the version
 * of the demande displayed: if it changed meanwhile, nothing is written and the agent is told.
 */
@Controller
@PagesWeb
class DemandePageController {

    /** Refusals of a radiation motive that no guichet's agent can lift: the nightly pass's (e), a merge (f). */
    private static final Set<CodeMotif> MOTIFS_D_AUTRES = EnumSet.of(CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT,
            CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);

    /** The forms of the actions, with the name the error summary gives each field. */
    private static final Formulaire CONFIRMATION = Formulaire.de(ActionsDemande.FORMULAIRE_ACTION,
            "confirmation", "Confirmation");
    private static final Formulaire RADIATION = Formulaire.de(ActionsDemande.FORMULAIRE_ACTION,
            "motif", "Motif de la radiation", "sousMotif", "Motif de l'irrecevabilité",
            "attribution.identifiantRpls", "Identifiant RPLS du logement", "attribution.accordCollectif",
            "Accord collectif", "attribution.prioritaireDalo", "Ménage reconnu prioritaire au titre du DALO",
            "attribution.contingent", "Contingent", "attribution.qpv", "Logement situé dans un QPV",
            "attribution.reservataire", "Réservataire désignataire", "confirmation", "Confirmation");
    private static final List<String> CHAMPS_RADIATION = List.of("motif", "sousMotif", "attribution.identifiantRpls",
            "attribution.accordCollectif", "attribution.prioritaireDalo", "attribution.contingent", "attribution.qpv",
            "attribution.reservataire");
    static final List<Option> OUI_NON = List.of(Option.de("oui", "Oui"), Option.de("non", "Non"));

    static final Map<SousMotifIrrecevabilite, String> SOUS_MOTIFS = new EnumMap<>(Map.of(
            SousMotifIrrecevabilite.PLAFOND_RESSOURCES, "Ressources supérieures aux plafonds",
            SousMotifIrrecevabilite.SEJOUR_IRREGULIER, "Irrégularité du séjour en France"));
    static final Map<AccordCollectif, String> ACCORDS = new EnumMap<>(Map.of(
            AccordCollectif.ACI, "Accord collectif intercommunal",
            AccordCollectif.ACD, "Accord collectif départemental",
            AccordCollectif.AUCUN, "Aucun"));
    static final Map<Contingent, String> CONTINGENTS = new EnumMap<>(Map.of(
            Contingent.BAILLEUR, "Contingent du bailleur (non réservé)",
            Contingent.ETAT_PRIORITAIRES, "Contingent préfectoral des publics prioritaires",
            Contingent.ETAT_AGENTS, "Contingent préfectoral des agents de l'État",
            Contingent.COLLECTIVITE, "Contingent d'une collectivité territoriale",
            Contingent.ACTION_LOGEMENT, "Contingent d'Action Logement",
            Contingent.AUTRE_RESERVATAIRE, "Contingent d'un autre réservataire"));

    private final ConsulterDossierDemande dossiers;
    private final ConsulterDemande consulter;
    private final RenouvelerDemande renouveler;
    private final RadierDemande radier;
    private final ReactiverDemande reactiver;
    private final ActeurCourant acteurCourant;
    private final ConsulterAvertissements avertissements;
    private final ConsulterActionsPermises actionsPermises;
    private final ObjectProvider<ExtensionPageDemande> extensions;
    private final ConnexionPendantRenouvellement connexion;
    private final ObjectProvider<ComplementRessourcesDemande> complementsRessources;

    DemandePageController(ConsulterDossierDemande dossiers, ConsulterDemande consulter, RenouvelerDemande renouveler, RadierDemande radier,
            ReactiverDemande reactiver, ActeurCourant acteurCourant, ConsulterAvertissements avertissements,
            ConsulterActionsPermises actionsPermises, ObjectProvider<ExtensionPageDemande> extensions,
            ConnexionPendantRenouvellement connexion,
            ObjectProvider<ComplementRessourcesDemande> complementsRessources) {
        this.connexion = connexion;
        this.complementsRessources = complementsRessources;
        this.actionsPermises = actionsPermises;
        this.extensions = extensions;
        this.dossiers = dossiers;
        this.consulter = consulter;
        this.renouveler = renouveler;
        this.radier = radier;
        this.reactiver = reactiver;
        this.acteurCourant = acteurCourant;
        this.avertissements = avertissements;
    }

    @GetMapping("/pro/demandes/{numero}")
    String demande(@PathVariable String numero, @RequestParam(required = false) @Nullable String onglet,
            @RequestParam Map<String, String> parametres, Model modele) {
        List<LienOnglet> liens = new ArrayList<>();
        Arrays.stream(Onglet.values()).map(LienOnglet::de).forEach(liens::add);
        extensions.orderedStream().map(LienOnglet::de).forEach(liens::add);
        String code = onglet == null ? Onglet.IDENTITE.code() : onglet;
        LienOnglet choisi = liens.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new RessourceIntrouvableException("Onglet inconnu."));
        ExtensionPageDemande extension = extensions.orderedStream().filter(e -> e.code().equals(code)).findFirst()
                .orElse(null);
        Acteur acteur = acteurCourant.acteur();
        // a tab of another module shows what happened to the demande: journaled as its history
        ConsulterDossierDemande.Dossier dossier = dossiers.executer(numero, extension != null
                ? EcranConsultation.HISTORIQUE : Onglet.deCode(code).orElseThrow().ecran(), acteur);
        entete(modele, dossier.demande(), acteur);
        modele.addAttribute("onglet", choisi);
        modele.addAttribute("onglets", liens);
        if (extension != null) {
            modele.addAttribute("gabaritVolet", extension.gabarit());
            modele.addAttribute("volet", extension.onglet(dossier.demande().numeroUnique().valeur(), acteur,
                    parametres));
        }
        modele.addAttribute("historique", dossier.historique().stream().map(LigneHistorique::de).toList());
        modele.addAttribute("consultations", dossier.consultations());
        modele.addAttribute("remises", dossier.remises());
        modele.addAttribute("consultationsAffichees", ConsulterDossierDemande.CONSULTATIONS_AFFICHEES);
        if (!dossier.demande().donneesEffacees()) {
            List<ContenuDemande.Personne> adultes = new ArrayList<>();
            adultes.add(dossier.demande().contenu().demandeur());
            adultes.addAll(dossier.demande().contenu().coDemandeurs());
            modele.addAttribute("adultes", adultes);
            if (Onglet.RESSOURCES.code().equals(code)) {
                // beside the declared resources, what other modules show (the DRM's, issue 19): each journals it
                String numeroUnique = dossier.demande().numeroUnique().valeur();
                modele.addAttribute("complementsRessources", complementsRessources.orderedStream()
                        .flatMap(c -> c.complement(numeroUnique, acteur).map(m -> new Encart(c.gabarit(), m)).stream())
                        .toList());
            }
        }
        return "demande/demande";
    }

    @GetMapping("/pro/demandes/{numero}/attestation")
    ResponseEntity<byte[]> attestation(@PathVariable String numero) {
        byte[] pdf = dossiers.attestation(numero, acteurCourant.acteur());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-" + numero + ".pdf").build().toString())
                .body(pdf);
    }

    // --- renewal -------------------------------------------------------------------------------------------

    @GetMapping("/pro/demandes/{numero}/renouvellement")
    String pageRenouvellement(@PathVariable String numero, Model modele) {
        return action(numero, EcranConsultation.RENOUVELLEMENT, modele, ErreursFormulaire.AUCUNE, Map.of());
    }

    @PostMapping("/pro/demandes/{numero}/renouvellement")
    String renouveler(@PathVariable String numero, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String confirmation, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        return executer(numero, EcranConsultation.RENOUVELLEMENT, modele, reponse, Map.of(), redirection, () -> {
            Integer attendue = version(version, confirmation);
            // the content as stored: the renewal confirms the applicant's situation unchanged (R441-2-7 CCH)
            Demande lue = consulter.executer(numero, acteur);
            Demande renouvelee = renouveler.executer(numero, lue.contenu(), attendue, acteur);
            return "La demande a été renouvelée : elle est valable jusqu'au "
                    + LibellesPro.dateFr(renouvelee.dateFinValidite()) + ". L'attestation est désormais une "
                    + "attestation de renouvellement.";
        });
    }

    // --- radiation -----------------------------------------------------------------------------------------

    @GetMapping("/pro/demandes/{numero}/radiation")
    String pageRadiation(@PathVariable String numero, Model modele) {
        return action(numero, EcranConsultation.RADIATION, modele, ErreursFormulaire.AUCUNE, Map.of());
    }

    @PostMapping("/pro/demandes/{numero}/radiation")
    String radier(@PathVariable String numero, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        return executer(numero, EcranConsultation.RADIATION, modele, reponse, saisie, redirection, () -> {
            Integer attendue = version(saisie.get("version"), saisie.get("confirmation"));
            String motif = vide(saisie.get("motif"));
            ParseurRadiation.Attribution attribution = null;
            if (MotifRadiation.ATTRIBUTION.code().equals(motif)) {
                String dalo = vide(saisie.get("attribution.prioritaireDalo"));
                String qpv = vide(saisie.get("attribution.qpv"));
                attribution = new ParseurRadiation.Attribution(vide(saisie.get("attribution.identifiantRpls")),
                        vide(saisie.get("attribution.accordCollectif")),
                        dalo == null ? null : Boolean.valueOf("oui".equals(dalo)),
                        vide(saisie.get("attribution.contingent")),
                        qpv == null ? null : Boolean.valueOf("oui".equals(qpv)),
                        reservataire(vide(saisie.get("attribution.reservataire"))));
            }
            verifierTextes(saisie);
            // motive f is refused to a guichet (FUSION_RESERVEE_AU_GESTIONNAIRE): the merge has its own page
            CommandeRadiation commande = ParseurRadiation.lire(new ParseurRadiation.RadiationSaisie(motif,
                    MotifRadiation.IRRECEVABILITE.code().equals(motif) ? vide(saisie.get("sousMotif")) : null,
                    attribution, null));
            Demande radiee = radier.executer(numero, commande, attendue, acteur);
            return "La demande a été radiée (motif " + LibellesPro.MOTIFS.get(radiee.motifRadiation())
                    + ") le " + LibellesPro.dateFr(radiee.dateRadiation()) + ". Elle reste consultable un an.";
        });
    }

    /** The réservataire's id as typed: a positive integer, else the field's error. */
    private static @Nullable Long reservataire(@Nullable String saisi) {
        if (saisi == null) {
            return null;
        }
        if (!saisi.strip().matches("[1-9][0-9]{0,17}")) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("attribution.reservataire",
                    CodeMotif.FORMAT_INVALIDE, "Identifiant de réservataire attendu (entier positif).")));
        }
        return Long.valueOf(saisi.strip());
    }

    // --- reactivation --------------------------------------------------------------------------------------

    @GetMapping("/pro/demandes/{numero}/reactivation")
    String pageReactivation(@PathVariable String numero, Model modele) {
        return action(numero, EcranConsultation.REACTIVATION, modele, ErreursFormulaire.AUCUNE, Map.of());
    }

    @PostMapping("/pro/demandes/{numero}/reactivation")
    String reactiver(@PathVariable String numero, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String confirmation, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        return executer(numero, EcranConsultation.REACTIVATION, modele, reponse, Map.of(), redirection, () -> {
            Integer attendue = version(version, confirmation);
            Demande reactivee = reactiver.executer(numero, attendue, acteur);
            return "La demande a été réactivée : elle est valable jusqu'au "
                    + LibellesPro.dateFr(reactivee.dateFinValidite()) + ".";
        });
    }

    /**
     * A tab of the page: the demande's own or another module's; {@code nominatif}: it shows the demande's personal
     * rubrics (none is left after the erasure).
     */
    record LienOnglet(String code, String libelle, boolean nominatif) {

        static LienOnglet de(Onglet onglet) {
            return new LienOnglet(onglet.code(), onglet.libelle(),
                    onglet != Onglet.HISTORIQUE && onglet != Onglet.CONSULTATIONS);
        }

        static LienOnglet de(ExtensionPageDemande extension) {
            return new LienOnglet(extension.code(), extension.libelle(), false);
        }
    }

    /** An insert of another module under the header: its template and model. */
    record Encart(String gabarit, Map<String, Object> modele) {
    }

    // --- shared --------------------------------------------------------------------------------------------

    /** An action's own step, run by {@link #executer}; returns the message of its success. */
    @FunctionalInterface
    private interface Etape {
        String executer();
    }

    private String executer(String numero, EcranConsultation ecran, Model modele, HttpServletResponse reponse,
            Map<String, String> saisie, RedirectAttributes redirection, Etape etape) {
        exigerGuichet(acteurCourant.acteur(), ecran);
        try {
            redirection.addFlashAttribute("succes", etape.executer());
            return "redirect:/pro/demandes/" + numero;
        } catch (DonneesInvalidesException | VersionPerimeeException | ConflitException e) {
            Formulaire.Refus refus = ActionsDemande.refus(e,
                    ecran == EcranConsultation.RADIATION ? RADIATION : CONFIRMATION);
            reponse.setStatus(refus.statut().value());
            return action(numero, ecran, modele, refus.erreurs(), saisie);
        }
    }

    private String action(String numero, EcranConsultation ecran, Model modele, ErreursFormulaire erreurs,
            Map<String, String> saisie) {
        Acteur acteur = acteurCourant.acteur();
        exigerGuichet(acteur, ecran);
        Demande demande = dossiers.executer(numero, ecran, acteur).demande();
        List<ActionPermise> actions = entete(modele, demande, acteur);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        String n = demande.numeroUnique().valeur();
        modele.addAttribute("action", switch (ecran) {
            case RENOUVELLEMENT -> ActionsDemande.action(demande, "renouvellement", false, true,
                    "Renouveler la demande " + n, "Renouveler la demande", "Le renouvellement n’a pas été enregistré",
                    "Je confirme que le demandeur renouvelle sa demande et que sa situation enregistrée est à jour.",
                    "Confirmer le renouvellement");
            case RADIATION -> ActionsDemande.action(demande, "radiation", true, true,
                    "Radier la demande " + n, "Radier la demande", "La radiation n’a pas été enregistrée",
                    "Je confirme la radiation de cette demande pour le motif choisi.", "Confirmer la radiation");
            default -> ActionsDemande.action(demande, "reactivation", false, true,
                    "Réactiver la demande " + n, "Réactiver la demande", "La réactivation n’a pas été enregistrée",
                    "Je confirme la réactivation de cette demande à la demande du demandeur.",
                    "Confirmer la réactivation");
        });
        if (ecran == EcranConsultation.RADIATION) {
            // each motive the demande refuses now, with the catalogue's reason as its hint; closed (not choosable),
            // those no guichet's agent ever radiates for (the nightly pass's e, a merge's f)
            Map<MotifRadiation, Refus> refus = new EnumMap<>(MotifRadiation.class);
            for (ActionPermise a : actions) {
                if (a.action() == ActionDemande.RADIER && a.motif() != null && a.refus() != null) {
                    refus.put(a.motif(), a.refus());
                }
            }
            modele.addAttribute("motifs", Arrays.stream(MotifRadiation.values())
                    .map(m -> new Option(m.code(), LibellesPro.MOTIFS.get(m),
                            refus.containsKey(m) ? refus.get(m).message() : null,
                            refus.containsKey(m) && MOTIFS_D_AUTRES.contains(refus.get(m).code())))
                    .toList());
            modele.addAttribute("sousMotifs", Option.deEnum(SOUS_MOTIFS));
            modele.addAttribute("accords", Option.deEnum(ACCORDS));
            modele.addAttribute("ouiNon", OUI_NON);
            modele.addAttribute("contingents", Option.deEnum(CONTINGENTS));
        }
        return "pro/action";
    }

    /** The header's model, and the actions the demande lets this agent take now (its buttons). */
    private List<ActionPermise> entete(Model modele, Demande demande, Acteur acteur) {
        modele.addAttribute("demande", demande);
        // what other modules insert under the header (the priorities recognised…)
        modele.addAttribute("encarts", extensions.orderedStream()
                .map(e -> new Encart(e.gabarit(), e.encart(demande.numeroUnique().valeur(), acteur)))
                .filter(e -> !e.modele().isEmpty()).toList());
        modele.addAttribute("contenuDemande", demande.contenu());
        // a demande radiated for non-renewal: the day its applicant last signed in during the renewal period, the
        // trace that lets the gestionnaire territorial reactivate it (issue 18 §3)
        modele.addAttribute("connexionRenouvellement", demande.donneesEffacees() ? null : connexion.de(demande));
        // the buttons as the demande says (Demande.actionsPermises): shown, greyed with the reason, or not shown
        List<ActionPermise> actions = actionsPermises.executer(demande, acteur);
        Map<String, BoutonsActions> boutons = BoutonsActions.de(actions, demande.donneesEffacees());
        modele.addAttribute("boutons", boutons);
        modele.addAttribute("boutonsGrises", boutons.values().stream().filter(BoutonsActions::grise).toList());
        // the warnings sent before a radiation c or d, and from when that radiation is possible (L441-2-1 CCH)
        modele.addAttribute("avertissements", avertissements.executer(demande, acteur));
        return actions;
    }

    /**
     * The action pages are a guichet's; the gestionnaire territorial reaches the reactivation's too, whose rule
     * says when he may reactivate (a demande radiated for non-renewal whose applicant signed in during the renewal
     * period, issue 18 §3).
     */
    private static void exigerGuichet(Acteur acteur, EcranConsultation ecran) {
        if (ecran == EcranConsultation.REACTIVATION && acteur.type() == TypeActeur.GESTIONNAIRE_TERRITORIAL) {
            return;
        }
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, "Seul un agent de guichet enregistreur "
                    + "renouvelle, radie ou réactive une demande (articles R441-2-7 et R441-2-8 du CCH).");
        }
    }

    /** The version the form was drawn from, and the confirmation box ticked. */
    static @Nullable Integer version(@Nullable String version, @Nullable String confirmation) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        Integer lue = null;
        if (version == null || !version.matches("[0-9]{1,9}")) {
            erreurs.add(new ErreurChamp("confirmation", CodeMotif.FORMAT_INVALIDE, "Ce formulaire est incomplet ou "
                    + "altéré : affichez de nouveau la demande et recommencez."));
        } else {
            lue = Integer.valueOf(version);
        }
        if (!"oui".equals(confirmation)) {
            erreurs.add(new ErreurChamp("confirmation", CodeMotif.OBLIGATOIRE,
                    "Cochez la case pour confirmer l'action."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return lue;
    }

    private static void verifierTextes(Map<String, String> saisie) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        for (String champ : CHAMPS_RADIATION) {
            TexteSaisi.verifier(champ, saisie.get(champ), TexteSaisi.MAX_NOM, erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }

    static @Nullable String vide(@Nullable String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }
}
