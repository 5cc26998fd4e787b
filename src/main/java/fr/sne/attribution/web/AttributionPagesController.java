package fr.sne.attribution.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

import fr.sne.attribution.application.BailCommande;
import fr.sne.attribution.application.CommissionCommande;
import fr.sne.attribution.application.DeciderCandidature;
import fr.sne.attribution.application.DecisionCommande;
import fr.sne.attribution.application.DeclarerLogement;
import fr.sne.attribution.application.RechercherCandidats;
import fr.sne.attribution.application.LogementCommande;
import fr.sne.attribution.application.RepondreAttribution;
import fr.sne.attribution.application.ReponseCommande;
import fr.sne.attribution.application.SignerBail;
import fr.sne.attribution.application.TenirCommission;
import fr.sne.attribution.domaine.Commission;
import fr.sne.attribution.domaine.DecisionCommission;
import fr.sne.attribution.domaine.DonneesBail;
import fr.sne.attribution.domaine.ExceptionTroisCandidats;
import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.Logement;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of a bailleur's agent in the attribution chain, built with the form kit: the bailleur's dwellings and
 * sessions, a dwelling's declaration, a dwelling with its candidates (from which a session is set), and a session
 * with its candidates, where the decisions, the applicant's answers and the lease are recorded. Each form posts to
 * the use case the API calls; a refusal shows the page again with its errors (422, 409), nothing written.
 */
@Controller
@PagesWeb
class AttributionPagesController {

    static final String MESSAGE = "message";

    static final Formulaire LOGEMENT = Formulaire.de("formulaire-logement", "identifiantRpls",
            "Identifiant RPLS", "adresse", "Adresse", "codeCommune", "Commune (code INSEE)", "typologie", "Typologie",
            "surface", "Surface habitable (m²)", "loyer", "Loyer mensuel hors charges (€)", "financement",
            "Financement", "qpv", "Situé dans un quartier prioritaire de la politique de la ville (QPV)",
            "adapteHandicap", "Adapté à une personne en situation de handicap", "reservataire",
            "Réservataire (identifiant)");
    static final Formulaire COMMISSION = Formulaire.de("formulaire-commission", "dateCommission",
            "Date de la commission", "candidats", "Candidats examinés", "exception",
            "Exception à l'examen de trois candidats");
    static final Formulaire DECISION = Formulaire.de("formulaire-decision", "numeroUnique", "Candidat",
            "decision", "Décision", "rang", "Rang", "pieceManquante", "Pièce manquante", "echeance",
            "Échéance de la condition", "motif", "Motif de la non-attribution", "sousMotif",
            "Motif de la non-recevabilité", "canalAvertissement", "Envoi de l'avertissement");
    static final Formulaire REPONSE = Formulaire.de("formulaire-reponse", "numeroReponse", "Candidat",
            "reponse", "Réponse du demandeur", "motifRefus", "Motif du refus");
    static final Formulaire BAIL = Formulaire.de("formulaire-bail", "numeroBail", "Candidat", "dateSignature",
            "Date de signature du bail", "accordCollectif", "Accord collectif", "prioritaireDalo",
            "Ménage reconnu prioritaire au titre du DALO", "contingent", "Contingent");

    static final Map<Financement, String> FINANCEMENTS = new EnumMap<>(Map.of(Financement.PLAI, "PLAI",
            Financement.PLAI_ADAPTE, "PLAI adapté", Financement.PLUS, "PLUS", Financement.PLS, "PLS"));
    static final Map<DecisionCommission, String> DECISIONS = new EnumMap<>(Map.of(
            DecisionCommission.ATTRIBUTION, "Attribution",
            DecisionCommission.ATTRIBUTION_RANG, "Attribution avec rang",
            DecisionCommission.ATTRIBUTION_CONDITION, "Attribution sous condition suspensive",
            DecisionCommission.NON_ATTRIBUTION, "Non-attribution",
            DecisionCommission.IRRECEVABILITE, "Non-recevabilité (irrecevabilité)"));
    static final Map<ExceptionTroisCandidats, String> EXCEPTIONS = new EnumMap<>(Map.of(
            ExceptionTroisCandidats.DESIGNATION_DALO, "Désignation DALO par le préfet",
            ExceptionTroisCandidats.PLAI_ADAPTE, "Logement PLAI adapté",
            ExceptionTroisCandidats.MANQUE_CANDIDATS, "Insuffisance de candidats"));
    /** The sub-motives of a non-recevabilité as the demande's warning takes them (it checks them). */
    enum SousMotif {
        PLAFOND_RESSOURCES, SEJOUR_IRREGULIER
    }

    /** How the warning is sent, as the demande's warning takes it (it checks it). */
    enum Canal {
        LRAR, AUTRE_PREUVE_DEPOT
    }

    static final Map<SousMotif, String> SOUS_MOTIFS = new EnumMap<>(Map.of(
            SousMotif.PLAFOND_RESSOURCES, "Ressources supérieures aux plafonds",
            SousMotif.SEJOUR_IRREGULIER, "Irrégularité du séjour en France"));
    static final Map<Canal, String> CANAUX = new EnumMap<>(Map.of(
            Canal.LRAR, "Lettre recommandée avec avis de réception",
            Canal.AUTRE_PREUVE_DEPOT, "Autre moyen prouvant la remise"));
    static final List<Option> OUI_NON = List.of(Option.de("oui", "Oui"), Option.de("non", "Non"));

    private final ActeurCourant acteurCourant;
    private final DeclarerLogement declarer;
    private final RechercherCandidats rechercher;
    private final TenirCommission tenir;
    private final DeciderCandidature decider;
    private final RepondreAttribution repondre;
    private final SignerBail signer;

    AttributionPagesController(ActeurCourant acteurCourant, DeclarerLogement declarer, RechercherCandidats rechercher,
            TenirCommission tenir, DeciderCandidature decider, RepondreAttribution repondre, SignerBail signer) {
        this.acteurCourant = acteurCourant;
        this.declarer = declarer;
        this.rechercher = rechercher;
        this.tenir = tenir;
        this.decider = decider;
        this.repondre = repondre;
        this.signer = signer;
    }

    // --- the bailleur's dwellings and sessions -------------------------------------------------------------

    @GetMapping("/pro/logements")
    String logements(Model modele) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("logements", declarer.lister(acteur));
        modele.addAttribute("commissions", tenir.lister(acteur));
        modele.addAttribute("financements", FINANCEMENTS);
        return "attribution/logements";
    }

    @GetMapping("/pro/logements/nouveau")
    String nouveauLogement(Model modele) {
        declarer.lister(acteurCourant.acteur()); // a guichet without bailleur is refused here already
        return formulaireLogement(modele, Map.of(), ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/pro/logements")
    String declarer(@RequestParam Map<String, String> saisie, Model modele, RedirectAttributes suite,
            HttpServletResponse reponse) {
        try {
            Logement logement = declarer.executer(LogementCommande.lire(saisie.get("identifiantRpls"),
                    saisie.get("adresse"), saisie.get("codeCommune"), saisie.get("typologie"), saisie.get("surface"),
                    saisie.get("loyer"), saisie.get("financement"), saisie.get("qpv"), saisie.get("adapteHandicap"),
                    saisie.get("reservataire")), acteurCourant.acteur());
            suite.addFlashAttribute(MESSAGE, "Le logement " + logement.identifiantRpls() + " est déclaré.");
            return "redirect:/pro/logements/" + logement.id();
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = LOGEMENT.refus(e);
            reponse.setStatus(refus.statut().value());
            return formulaireLogement(modele, saisie, refus.erreurs());
        }
    }

    private String formulaireLogement(Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", LOGEMENT);
        modele.addAttribute("financements", Option.deEnum(FINANCEMENTS));
        modele.addAttribute("typologies", List.of(Option.de("C", "Chambre"), Option.de("T1", "T1"),
                Option.de("T2", "T2"), Option.de("T3", "T3"), Option.de("T4", "T4"), Option.de("T5", "T5"),
                Option.de("T6P", "T6 et plus")));
        modele.addAttribute("ouiNon", OUI_NON);
        return "attribution/logement-nouveau";
    }

    // --- a dwelling, its candidates, a session --------------------------------------------------------------

    @GetMapping("/pro/logements/{id}")
    String logement(@PathVariable long id, Model modele) {
        return pageLogement(id, modele, Map.of(), List.of(), ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/pro/logements/{id}/commission")
    String creerCommission(@PathVariable long id, @RequestParam Map<String, String> saisie,
            @RequestParam(name = "candidats", required = false) @Nullable List<String> candidats, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        List<String> choisis = candidats == null ? List.of() : candidats;
        try {
            Commission commission = tenir.creer(CommissionCommande.lire(saisie.get("dateCommission"),
                    List.of(new CommissionCommande.Ligne(id, choisis, saisie.get("exception")))),
                    acteurCourant.acteur());
            suite.addFlashAttribute(MESSAGE, "La séance du " + commission.dateCommission() + " est créée.");
            return "redirect:/pro/commissions/" + commission.id();
        } catch (RuntimeException e) {
            // the use case names the fields of the API's request: the page has one dwelling, logements[0]
            Formulaire.Refus refus = COMMISSION.refus(e instanceof DonneesInvalidesException invalides
                    ? new DonneesInvalidesException(invalides.erreurs().stream().map(x -> new ErreurChamp(
                            x.champ().replaceFirst("^logements\\[0]\\.", "").replaceFirst("^candidats\\[[0-9]+]$",
                                    "candidats"), x.code(), x.message())).toList())
                    : e);
            reponse.setStatus(refus.statut().value());
            return pageLogement(id, modele, saisie, choisis, refus.erreurs());
        }
    }

    private String pageLogement(long id, Model modele, Map<String, String> saisie, List<String> choisis,
            ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("logement", declarer.consulter(id, acteur));
        List<RechercherCandidats.CandidatPropose> candidats = rechercher.afficher(id, acteur, 20);
        modele.addAttribute("candidats", candidats);
        modele.addAttribute("optionsCandidats", candidats.stream().map(c -> Option.de(c.numeroUnique(),
                c.numeroUnique() + " — " + c.prenomsDemandeur() + " " + c.nomDemandeur())).toList());
        modele.addAttribute("financements", FINANCEMENTS);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("choisis", choisis);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", COMMISSION);
        modele.addAttribute("exceptions", Option.deEnum(EXCEPTIONS));
        return "attribution/logement";
    }

    // --- a session: decisions, answers, lease ---------------------------------------------------------------

    @GetMapping("/pro/commissions/{id}")
    String commission(@PathVariable long id, Model modele) {
        return pageCommission(id, modele, Map.of(), ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/pro/commissions/{id}/decisions")
    String decider(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        return agir(id, saisie, modele, suite, reponse, DECISION, () -> {
            String[] candidat = candidat(saisie.get("numeroUnique"), "numeroUnique");
            decider.executer(id, DecisionCommande.lire(candidat[0], candidat[1], saisie.get("decision"),
                    saisie.get("rang"), saisie.get("pieceManquante"), saisie.get("echeance"), saisie.get("motif"),
                    saisie.get("sousMotif"), saisie.get("canalAvertissement"), null), acteurCourant.acteur());
            return "La décision sur la demande " + candidat[1] + " est enregistrée.";
        });
    }

    @PostMapping("/pro/commissions/{id}/reponses")
    String repondre(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        return agir(id, saisie, modele, suite, reponse, REPONSE, () -> {
            String[] candidat = candidat(saisie.get("numeroReponse"), "numeroReponse");
            String choix = vide(saisie.get("reponse"));
            if (choix == null) {
                throw new DonneesInvalidesException(List.of(new ErreurChamp("reponse", CodeMotif.OBLIGATOIRE,
                        CodeMotif.OBLIGATOIRE.message())));
            }
            ReponseCommande r = ReponseCommande.lire(candidat[0], saisie.get("motifRefus"));
            if (choix.equals("accepte")) {
                repondre.accepter(candidat[1], r, acteurCourant.acteur());
                return "Le demandeur de la demande " + candidat[1] + " accepte le logement.";
            }
            repondre.refuser(candidat[1], r, acteurCourant.acteur());
            return "Le refus du demandeur de la demande " + candidat[1] + " est enregistré : le logement passe au "
                    + "suivant classé.";
        });
    }

    @PostMapping("/pro/commissions/{id}/bail")
    String bail(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes suite, HttpServletResponse reponse) {
        return agir(id, saisie, modele, suite, reponse, BAIL, () -> {
            String[] candidat = candidat(saisie.get("numeroBail"), "numeroBail");
            signer.executer(candidat[1], BailCommande.lire(candidat[0], saisie.get("dateSignature"),
                    saisie.get("accordCollectif"), saisie.get("prioritaireDalo"), saisie.get("contingent")),
                    acteurCourant.acteur());
            return "Le bail est enregistré ; la demande " + candidat[1] + " est radiée pour attribution (motif a).";
        });
    }

    private String agir(long id, Map<String, String> saisie, Model modele, RedirectAttributes suite,
            HttpServletResponse reponse, Formulaire formulaire, java.util.function.Supplier<String> action) {
        try {
            suite.addFlashAttribute(MESSAGE, action.get());
            return "redirect:/pro/commissions/" + id;
        } catch (RuntimeException e) {
            Formulaire.Refus refus = formulaire.refus(e);
            reponse.setStatus(refus.statut().value());
            return pageCommission(id, modele, saisie, refus.erreurs());
        }
    }

    private String pageCommission(long id, Model modele, Map<String, String> saisie, ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        Commission commission = tenir.consulter(id, acteur);
        Map<Long, Logement> logements = new LinkedHashMap<>();
        List<Option> candidats = new ArrayList<>();
        for (Commission.LogementExamine l : commission.logements()) {
            Logement logement = declarer.consulter(l.logementId(), acteur);
            logements.put(l.logementId(), logement);
            l.candidatures().stream().filter(c -> c.numeroUnique() != null).forEach(c -> candidats.add(Option.de(
                    l.logementId() + ":" + c.numeroUnique(), c.numeroUnique() + " — logement "
                            + logement.identifiantRpls())));
        }
        modele.addAttribute("commission", commission);
        modele.addAttribute("logements", logements);
        modele.addAttribute("candidats", candidats);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("decisions", Option.deEnum(DECISIONS));
        modele.addAttribute("libellesDecisions", DECISIONS);
        modele.addAttribute("sousMotifs", Option.deEnum(SOUS_MOTIFS));
        modele.addAttribute("canaux", Option.deEnum(CANAUX));
        modele.addAttribute("reponses", List.of(Option.de("accepte", "Accepte le logement"),
                Option.de("refuse", "Refuse le logement")));
        modele.addAttribute("accords", Arrays.stream(DonneesBail.AccordCollectif.values())
                .map(a -> Option.de(a.name(), a.name())).toList());
        modele.addAttribute("contingents", Arrays.stream(DonneesBail.Contingent.values())
                .map(c -> Option.de(c.name(), c.name())).toList());
        modele.addAttribute("ouiNon", OUI_NON);
        return "attribution/commission";
    }

    // --- reading the forms ----------------------------------------------------------------------------------

    /** "logement:numéro" of a candidate's option. */
    private static String[] candidat(@Nullable String valeur, String champ) {
        if (valeur == null || !valeur.matches("[0-9]{1,18}:[0-9A-Z]{18}")) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp(champ, CodeMotif.OBLIGATOIRE,
                    "Choisissez un candidat.")));
        }
        return valeur.split(":");
    }

    private static @Nullable String vide(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
