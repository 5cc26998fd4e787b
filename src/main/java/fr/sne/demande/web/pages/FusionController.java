package fr.sne.demande.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.demande.application.CommandeFusion;
import fr.sne.demande.application.FusionnerDemandes;
import fr.sne.demande.application.ParseurFusion;
import fr.sne.demande.application.VersionPerimeeException;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.PolitiqueFusion;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The merge of two demandes of one person (motive f of R441-2-8 CCH), from the demande's page, for the gestionnaire
 * territorial and the national administrator ({@link FusionnerDemandes}; anyone else gets 403
 * {@code FUSION_RESERVEE_AU_GESTIONNAIRE}). The page asks for the kept numéro (a GET: nothing changes), then shows
 * both demandes side by side, why the rule takes them for one person's and the date de dépôt the kept one will
 * have, and asks for an explicit confirmation; the merge is posted with both versions displayed, and a page then
 * says what was done. Each display is journaled as the screen {@code FUSION} (V84), both demandes once compared.
 */
@Controller
@PagesWeb
class FusionController {

    private static final Formulaire FUSION = Formulaire.de(ActionsDemande.FORMULAIRE_ACTION, "numeroUniqueConserve",
            "Numéro unique de la demande conservée", "confirmation", "Confirmation");
    /** The comparison, which a refusal of the rule (another person's demande...) is about. */
    private static final Formulaire COMPARAISON = Formulaire.de("comparaison");
    private static final Map<PolitiqueFusion.Critere, String> CRITERES = Map.of(
            PolitiqueFusion.Critere.MEME_NIR, "le même NIR",
            PolitiqueFusion.Critere.MEME_IDENTITE, "le même nom de naissance, la même date de naissance et les mêmes "
                    + "prénoms",
            PolitiqueFusion.Critere.NAISSANCE_ET_NOMS_PROCHES, "la même date de naissance et des noms proches (une "
                    + "faute de frappe près)");

    private final FusionnerDemandes fusion;
    private final ActeurCourant acteurCourant;

    FusionController(FusionnerDemandes fusion, ActeurCourant acteurCourant) {
        this.fusion = fusion;
        this.acteurCourant = acteurCourant;
    }

    @GetMapping("/pro/demandes/{numero}/fusion")
    String page(@PathVariable String numero,
            @RequestParam(required = false) @Nullable String numeroUniqueConserve, Model modele,
            HttpServletResponse reponse) {
        Map<String, String> saisie = new LinkedHashMap<>();
        if (numeroUniqueConserve == null) {
            return sans(numero, modele, ErreursFormulaire.AUCUNE, saisie);
        }
        saisie.put("numeroUniqueConserve", numeroUniqueConserve);
        return comparaison(numero, numeroUniqueConserve, modele, ErreursFormulaire.AUCUNE, saisie, reponse);
    }

    @PostMapping("/pro/demandes/{numero}/fusion")
    String fusionner(@PathVariable String numero, @RequestParam Map<String, String> saisie, Model modele,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        Acteur acteur = acteurCourant.acteur();
        String conserve = DemandePageController.vide(saisie.get("numeroUniqueConserve"));
        try {
            verifierTextes(saisie);
            Integer version = version(saisie.get("version"));
            Integer versionConservee = version(saisie.get("versionConservee"));
            CommandeFusion commande = ParseurFusion.lire(new ParseurFusion.FusionSaisie(conserve,
                    "oui".equals(saisie.get("confirmation"))));
            FusionnerDemandes.Resultat resultat = fusion.executer(numero, commande, version, versionConservee,
                    acteur);
            redirection.addFlashAttribute("radiee", resultat.radiee().numeroUnique().valeur());
            redirection.addFlashAttribute("conservee", resultat.conservee().numeroUnique().valeur());
            redirection.addFlashAttribute("dateDepot", LibellesPro.dateFr(resultat.conservee().dateDepot()));
            redirection.addFlashAttribute("dateDepotReprise", resultat.fusion().dateDepotReprise());
            return "redirect:/pro/demandes/" + numero + "/fusion/effectuee";
        } catch (DonneesInvalidesException | VersionPerimeeException | ConflitException e) {
            Formulaire.Refus refus = ActionsDemande.refus(e, FUSION);
            reponse.setStatus(refus.statut().value());
            if (conserve == null || refus.erreurs().sur("numeroUniqueConserve")) {
                return sans(numero, modele, refus.erreurs(), saisie);
            }
            return comparaison(numero, conserve, modele, refus.erreurs(), saisie, reponse);
        }
    }

    /**
     * What a merge did, said once after it (the data come with the redirection); displayed again, it leads to the
     * demande's page.
     */
    @GetMapping("/pro/demandes/{numero}/fusion/effectuee")
    String effectuee(@PathVariable String numero, Model modele) {
        if (!numero.equals(modele.getAttribute("radiee")) || modele.getAttribute("conservee") == null) {
            return "redirect:/pro/demandes/" + numero;
        }
        return "demande/fusion-effectuee";
    }

    /** The page without comparison: the demande, and the field for the kept numéro. */
    private String sans(String numero, Model modele, ErreursFormulaire erreurs, Map<String, String> saisie) {
        Demande demande = fusion.afficher(numero, acteurCourant.acteur());
        modele.addAttribute("demande", demande);
        modele.addAttribute("contenuDemande", demande.contenu());
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("comparaison", null);
        return "demande/fusion";
    }

    /**
     * Both demandes side by side; a refusal of the rule (other person, kept demande radiated...) said at the top with
     * its status, and no confirmation form then.
     */
    private String comparaison(String numero, String conserve, Model modele, ErreursFormulaire erreurs,
            Map<String, String> saisie, HttpServletResponse reponse) {
        FusionnerDemandes.Comparaison comparaison;
        try {
            comparaison = fusion.comparer(numero, ParseurFusion.numeroConserve(conserve), acteurCourant.acteur());
        } catch (DonneesInvalidesException e) {
            Formulaire.Refus refus = ActionsDemande.refus(e, FUSION);
            reponse.setStatus(refus.statut().value());
            return sans(numero, modele, refus.erreurs(), saisie);
        }
        ErreursFormulaire affichees = erreurs;
        if (comparaison.refus() != null && !erreurs.presentes()) {
            affichees = COMPARAISON.globale(comparaison.refus().message());
            reponse.setStatus(HttpStatus.CONFLICT.value());
        }
        Demande demande = comparaison.fusionnee();
        modele.addAttribute("demande", demande);
        modele.addAttribute("contenuDemande", demande.contenu());
        modele.addAttribute("erreurs", affichees);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("comparaison", comparaison);
        modele.addAttribute("coDemandeursFusionnee", coDemandeurs(comparaison.fusionnee()));
        modele.addAttribute("coDemandeursConservee", coDemandeurs(comparaison.conservee()));
        modele.addAttribute("rapprochement", rapprochement(comparaison));
        modele.addAttribute("dateDepotReprise",
                !comparaison.dateDepotRetenue().equals(comparaison.conservee().dateDepot()));
        return "demande/fusion";
    }

    /** Why the rule takes the two demandes for one person's, in words, or null when it does not. */
    private static @Nullable String rapprochement(FusionnerDemandes.Comparaison comparaison) {
        Optional<PolitiqueFusion.Rapprochement> r = comparaison.rapprochement();
        if (r.isEmpty()) {
            return null;
        }
        return "Rapprochement : " + personne(comparaison.fusionnee(), r.get().rangFusionnee()) + " (cette demande) et "
                + personne(comparaison.conservee(), r.get().rangConservee()) + " (demande conservée) ont "
                + CRITERES.get(r.get().critere()) + ".";
    }

    private static String personne(Demande demande, int rang) {
        ContenuDemande.Personne p = rang == 0 ? demande.contenu().demandeur()
                : demande.contenu().coDemandeurs().get(rang - 1);
        return p == null ? "—" : p.prenoms() + " " + p.nomNaissance() + (rang == 0 ? ", demandeur" : ", co-demandeur");
    }

    private static String coDemandeurs(Demande demande) {
        List<ContenuDemande.Personne> co = demande.contenu().coDemandeurs();
        return co.isEmpty() ? "aucun" : co.stream()
                .map(p -> p.prenoms() + " " + p.nomNaissance() + ", né(e) le "
                        + (p.dateNaissance() == null ? "—" : LibellesPro.dateFr(p.dateNaissance())))
                .collect(Collectors.joining(" ; "));
    }

    /** The version a form was drawn from; absent or altered, the form is refused (it can only be redrawn). */
    private static Integer version(@Nullable String version) {
        if (version == null || !version.matches("[0-9]{1,9}")) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("confirmation", CodeMotif.FORMAT_INVALIDE,
                    "Ce formulaire est incomplet ou altéré : affichez de nouveau la comparaison et recommencez.")));
        }
        return Integer.valueOf(version);
    }

    private static void verifierTextes(Map<String, String> saisie) {
        List<ErreurChamp> erreurs = new java.util.ArrayList<>();
        for (String champ : List.of("numeroUniqueConserve", "version", "versionConservee", "confirmation")) {
            TexteSaisi.verifier(champ, saisie.get(champ), TexteSaisi.MAX_NOM, erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }

}
