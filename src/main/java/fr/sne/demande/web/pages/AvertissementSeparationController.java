package fr.sne.demande.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.demande.application.AvertirDemandeur;
import fr.sne.demande.application.CommandeAvertissement;
import fr.sne.demande.application.CommandeSeparation;
import fr.sne.demande.application.ParseurAvertissement;
import fr.sne.demande.application.ParseurSeparation;
import fr.sne.demande.application.ConsulterActionsPermises;
import fr.sne.demande.application.ConsulterAvertissements;
import fr.sne.demande.application.ConsulterDossierDemande;
import fr.sne.demande.application.SeparerCoDemandeur;
import fr.sne.demande.application.VersionPerimeeException;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ActionPermise;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.CanalAvertissement;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.domaine.MotifRadiation;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two more actions of a guichet's agent on an active demande, each on its page with a DSFR confirmation and the
 * version displayed in a hidden field, as the renewal and the radiation ({@link DemandePageController}):
 * <ul>
 * <li>the warning sent to the applicant before a radiation for no answer (c) or irrecevabilité (d), which makes
 * that radiation possible one month later (L441-2-1 CCH; d by a bailleur only, R441-2-8 CCH);</li>
 * <li>the separation of a co-demandeur (séparation du couple), who gets a demande of his own keeping the
 * original date de dépôt, the original demande losing him; a page then names the new demande.</li>
 * </ul>
 * The access journal names them as screens of their own, {@link EcranConsultation#AVERTISSEMENT} and
 * {@link EcranConsultation#SEPARATION} (V75).
 */
@Controller
@PagesWeb
class AvertissementSeparationController {

    static final EcranConsultation ECRAN_AVERTISSEMENT = EcranConsultation.AVERTISSEMENT;
    static final EcranConsultation ECRAN_SEPARATION = EcranConsultation.SEPARATION;

    private static final DateTimeFormatter JOUR_MOIS_ANNEE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The fields of each form, with the name the error summary gives them. */
    private static final Formulaire AVERTISSEMENT = Formulaire.de(ActionsDemande.FORMULAIRE_ACTION,
            "motif", "Radiation annoncée", "sousMotif", "Motif de l'irrecevabilité", "dateEnvoi", "Date d'envoi",
            "canal", "Moyen d'envoi", "radiationDemandee", "Radiation demandée à l'échéance",
            "confirmation", "Confirmation");
    private static final Formulaire SEPARATION = Formulaire.de(ActionsDemande.FORMULAIRE_ACTION,
            "rangCoDemandeur", "Co-demandeur qui part", "confirmation", "Confirmation");

    static final Map<MotifRadiation, String> MOTIFS_AVERTISSEMENT = new EnumMap<>(Map.of(
            MotifRadiation.ABSENCE_REPONSE, "c — absence de réponse à un courrier adressé au demandeur",
            MotifRadiation.IRRECEVABILITE, "d — irrecevabilité prononcée par une commission d'attribution "
                    + "(bailleurs seulement)"));
    static final Map<CanalAvertissement, String> CANAUX = new EnumMap<>(Map.of(
            CanalAvertissement.LRAR, "Lettre recommandée avec avis de réception",
            CanalAvertissement.AUTRE_PREUVE_DEPOT, "Autre moyen prouvant la remise au demandeur"));

    private final ConsulterDossierDemande dossiers;
    private final ConsulterAvertissements avertissements;
    private final ConsulterActionsPermises actionsPermises;
    private final AvertirDemandeur avertir;
    private final SeparerCoDemandeur separer;
    private final ActeurCourant acteurCourant;
    private final LibellesPro libelles;
    private final Clock horloge;

    AvertissementSeparationController(ConsulterDossierDemande dossiers, ConsulterAvertissements avertissements,
            AvertirDemandeur avertir, SeparerCoDemandeur separer, ActeurCourant acteurCourant,
            LibellesPro libelles, ConsulterActionsPermises actionsPermises, Clock horloge) {
        this.horloge = horloge;
        this.libelles = libelles;
        this.actionsPermises = actionsPermises;
        this.dossiers = dossiers;
        this.avertissements = avertissements;
        this.avertir = avertir;
        this.separer = separer;
        this.acteurCourant = acteurCourant;
    }

    // --- warning before a radiation c or d -----------------------------------------------------------------

    @GetMapping("/pro/demandes/{numero}/avertissement")
    String pageAvertissement(@PathVariable String numero, Model modele) {
        return avertissement(numero, modele, ErreursFormulaire.AUCUNE, Map.of());
    }

    @PostMapping("/pro/demandes/{numero}/avertissement")
    String avertir(@PathVariable String numero, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = exigerGuichet();
        try {
            Integer attendue = DemandePageController.version(saisie.get("version"), saisie.get("confirmation"));
            String motif = DemandePageController.vide(saisie.get("motif"));
            List<ErreurChamp> erreurs = new ArrayList<>();
            for (String champ : List.of("motif", "sousMotif", "canal")) {
                TexteSaisi.verifier(champ, saisie.get(champ), TexteSaisi.MAX_NOM, erreurs);
            }
            LocalDate dateEnvoi = date(saisie.get("dateEnvoi"), erreurs);
            if (!erreurs.isEmpty()) {
                throw new DonneesInvalidesException(erreurs);
            }
            boolean absenceReponse = MotifRadiation.ABSENCE_REPONSE.code().equals(motif);
            CommandeAvertissement commande = ParseurAvertissement.lire(new ParseurAvertissement.AvertissementSaisi(
                    motif, MotifRadiation.IRRECEVABILITE.code().equals(motif)
                            ? DemandePageController.vide(saisie.get("sousMotif")) : null,
                    dateEnvoi, DemandePageController.vide(saisie.get("canal")),
                    absenceReponse && "oui".equals(saisie.get("radiationDemandee"))), LocalDate.now(horloge));
            AvertirDemandeur.Resultat resultat = avertir.executer(numero, commande, attendue, acteur);
            Avertissement a = resultat.avertissement();
            redirection.addFlashAttribute("succes", "L'avertissement (motif " + a.motif().code() + ", envoyé le "
                    + LibellesPro.dateFr(a.dateEnvoi()) + ") est enregistré : la radiation pour ce motif sera "
                    + "possible à partir du " + LibellesPro.dateFr(a.radiationPossibleLe())
                    + (a.radiationDemandee() ? ", et le traitement de nuit la prononcera ce jour-là si le demandeur "
                            + "n'a pas répondu." : "."));
            return "redirect:/pro/demandes/" + numero;
        } catch (DonneesInvalidesException | VersionPerimeeException | ConflitException e) {
            ErreursFormulaire erreurs = erreurs(e, AVERTISSEMENT, reponse);
            return avertissement(numero, modele, erreurs, saisie);
        }
    }

    private String avertissement(String numero, Model modele, ErreursFormulaire erreurs, Map<String, String> saisie) {
        Demande demande = lire(numero, ECRAN_AVERTISSEMENT, modele);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        // each motive the demande refuses to warn for now (d: a bailleur's), with the catalogue's reason as its hint
        Map<MotifRadiation, String> refusMotifs = new EnumMap<>(MotifRadiation.class);
        for (ActionPermise a : actionsPermises.executer(demande, acteurCourant.acteur())) {
            if (a.action() == ActionDemande.AVERTIR && a.motif() != null && a.refus() != null) {
                refusMotifs.put(a.motif(), a.refus().message());
            }
        }
        modele.addAttribute("motifs", MOTIFS_AVERTISSEMENT.entrySet().stream()
                .map(m -> new Option(m.getKey().code(), m.getValue(), refusMotifs.get(m.getKey()), false)).toList());
        modele.addAttribute("sousMotifs", Option.deEnum(DemandePageController.SOUS_MOTIFS));
        modele.addAttribute("canaux", Option.deEnum(CANAUX));
        modele.addAttribute("avertissements", avertissements.executer(demande, acteurCourant.acteur()));
        modele.addAttribute("action", ActionsDemande.action(demande, "avertissement", true, demande.estActive(),
                "Avertir avant radiation — demande " + demande.numeroUnique().valeur(),
                "Enregistrer un avertissement avant radiation", "L’avertissement n’a pas été enregistré",
                "Je confirme que cet avertissement a été envoyé au demandeur.", "Enregistrer l'avertissement"));
        return "pro/action";
    }

    // --- separation of a co-demandeur ----------------------------------------------------------------------

    @GetMapping("/pro/demandes/{numero}/separation")
    String pageSeparation(@PathVariable String numero, Model modele) {
        return separation(numero, modele, ErreursFormulaire.AUCUNE, Map.of());
    }

    @PostMapping("/pro/demandes/{numero}/separation")
    String separer(@PathVariable String numero, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = exigerGuichet();
        try {
            Integer attendue = DemandePageController.version(saisie.get("version"), saisie.get("confirmation"));
            String rang = DemandePageController.vide(saisie.get("rangCoDemandeur"));
            if (rang == null || !rang.matches("[0-9]{1,3}")) {
                throw new DonneesInvalidesException(List.of(new ErreurChamp("rangCoDemandeur", CodeMotif.OBLIGATOIRE,
                        "Choisissez le co-demandeur qui quitte le ménage.")));
            }
            CommandeSeparation commande = ParseurSeparation.lire(new ParseurSeparation.SeparationSaisie(
                    Integer.valueOf(rang), null, null, null, null));
            SeparerCoDemandeur.Resultat resultat = separer.executer(numero, commande, attendue, acteur);
            ContenuDemande.Personne partant = resultat.nouvelle().contenu().demandeur();
            redirection.addFlashAttribute("original", resultat.original().numeroUnique().valeur());
            redirection.addFlashAttribute("nouvelle", resultat.nouvelle().numeroUnique().valeur());
            redirection.addFlashAttribute("partant", partant == null ? "" : partant.prenoms() + " "
                    + partant.nomNaissance());
            redirection.addFlashAttribute("dateDepot", LibellesPro.dateFr(resultat.nouvelle().dateDepot()));
            return "redirect:/pro/demandes/" + numero + "/separation/effectuee";
        } catch (DonneesInvalidesException | VersionPerimeeException | ConflitException e) {
            ErreursFormulaire erreurs = erreurs(e, SEPARATION, reponse);
            return separation(numero, modele, erreurs, saisie);
        }
    }

    /**
     * What a separation did, said once after it (the data come with the redirection); displayed again (the page
     * reloaded, or its address typed), it leads to the demande's page.
     */
    @GetMapping("/pro/demandes/{numero}/separation/effectuee")
    String separationEffectuee(@PathVariable String numero, Model modele) {
        exigerGuichet();
        if (!numero.equals(modele.getAttribute("original")) || modele.getAttribute("nouvelle") == null) {
            return "redirect:/pro/demandes/" + numero;
        }
        return "demande/separation-effectuee";
    }

    private String separation(String numero, Model modele, ErreursFormulaire erreurs, Map<String, String> saisie) {
        Demande demande = lire(numero, ECRAN_SEPARATION, modele);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        List<Option> coDemandeurs = new ArrayList<>();
        if (!demande.donneesEffacees()) {
            List<ContenuDemande.Personne> co = demande.contenu().coDemandeurs();
            for (int i = 0; i < co.size(); i++) {
                ContenuDemande.Personne p = co.get(i);
                coDemandeurs.add(new Option(String.valueOf(i + 1), p.prenoms() + " " + p.nomNaissance(),
                        "né(e) le " + libelles.date(p.dateNaissance()) + ", lien avec le demandeur : "
                                + libelles.code("ListeLienDemandeur", p.lienDemandeur()), false));
            }
        }
        modele.addAttribute("coDemandeurs", coDemandeurs);
        modele.addAttribute("action", ActionsDemande.action(demande, "separation", true,
                demande.estActive() && !coDemandeurs.isEmpty(),
                "Séparer un co-demandeur — demande " + demande.numeroUnique().valeur(), "Séparer un co-demandeur",
                "La séparation n’a pas été enregistrée",
                "Je confirme que ce co-demandeur quitte le ménage et reçoit sa propre demande.",
                "Confirmer la séparation"));
        return "pro/action";
    }

    // --- shared --------------------------------------------------------------------------------------------

    private Acteur exigerGuichet() {
        Acteur acteur = acteurCourant.acteur();
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, "Seul un agent de guichet enregistreur avertit "
                    + "un demandeur avant radiation ou sépare un co-demandeur (articles L441-2-1 et R441-2-8 du CCH).");
        }
        return acteur;
    }

    /** The demande as the page shows it (its display journaled), for an agent of a guichet only. */
    private Demande lire(String numero, EcranConsultation ecran, Model modele) {
        Acteur acteur = exigerGuichet();
        Demande demande = dossiers.executer(numero, ecran, acteur).demande();
        modele.addAttribute("demande", demande);
        modele.addAttribute("contenuDemande", demande.contenu());
        return demande;
    }

    /** A refusal as the form shows it, with its HTTP status ({@link ActionsDemande#refus}). */
    private static ErreursFormulaire erreurs(RuntimeException e, Formulaire formulaire, HttpServletResponse reponse) {
        Formulaire.Refus refus = ActionsDemande.refus(e, formulaire);
        reponse.setStatus(refus.statut().value());
        return refus.erreurs();
    }

    /** The date of sending, as the date field gives it; the use case says whether it is acceptable. */
    private static @Nullable LocalDate date(@Nullable String saisie, List<ErreurChamp> erreurs) {
        String valeur = DemandePageController.vide(saisie);
        if (valeur == null) {
            return null;
        }
        try {
            // ISO from a date field; typed by hand (a browser without date field) in the French way
            return valeur.contains("/") ? LocalDate.parse(valeur, JOUR_MOIS_ANNEE) : LocalDate.parse(valeur);
        } catch (DateTimeParseException e) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.FORMAT_INVALIDE,
                    "Saisissez une date valide, au format jj/mm/aaaa."));
            return null;
        }
    }
}
