package fr.sne.guichet.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.formulaire.ErreursFormulaire;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.commun.formulaire.Option;
import fr.sne.guichet.administration.Administration.FicheAgent;
import fr.sne.guichet.administration.Administration.FicheClientApi;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.Administration.SaisieHabilitations;
import fr.sne.guichet.administration.Administration.SaisieProfils;
import fr.sne.guichet.administration.Administration.SecretRevele;
import fr.sne.guichet.administration.ChangerActiviteAgent;
import fr.sne.guichet.administration.ChangerActiviteGuichet;
import fr.sne.guichet.administration.ChangerHabilitationsClientApi;
import fr.sne.guichet.administration.ChangerProfilsAgent;
import fr.sne.guichet.administration.ConsulterGuichets;
import fr.sne.guichet.administration.CreerClientApi;
import fr.sne.guichet.administration.CreerCompteAgent;
import fr.sne.guichet.administration.CreerGuichet;
import fr.sne.guichet.administration.PerimetreAdministration;
import fr.sne.guichet.administration.RenouvelerSecretClientApi;
import fr.sne.guichet.administration.RevoquerClientApi;
import fr.sne.guichet.administration.TypeGuichet;

/**
 * The administration of the guichets of a territory (R441-2-5, R441-2-6 CCH): list, creation, a guichet's page
 * with its agents, API clients and journal, an API client's page with its habilitations (ADR 0017), and the forms
 * that change them. Every change is a POST with its CSRF
 * token, answered by a redirect (post/redirect/get); a password or a secret just made travels to the next page as
 * a one-time flash attribute of the session, never in the address, so that reloading the page does not show it
 * again. A guichet, an agent or a client out of the actor's territory is the 404 page.
 */
@Controller
@PagesWeb
@RequestMapping("/pro/administration/guichets")
class AdministrationGuichetsController {

    static final String SECRET = "secretRevele";
    static final String MESSAGE = "message";
    static final String ERREUR = "erreur";

    /** The forms, with their fields' labels (the error summary uses them too). */
    static final Formulaire GUICHET = Formulaire.de("formulaire-guichet", "code", "Code du guichet",
            "nom", "Nom du guichet", "type", "Type de guichet", "territoire", "Territoire", "adresseLigne1", "Adresse",
            "adresseLigne2", "Complément d’adresse", "codePostal", "Code postal", "commune", "Commune",
            "telephone", "Téléphone");
    static final Formulaire AGENT = Formulaire.de("formulaire-agent", "identifiant", "Identifiant de connexion",
            "nom", "Prénom et nom", "courriel", "Adresse électronique professionnelle");
    static final Formulaire CLIENT = Formulaire.de("formulaire-client", "clientId", "Identifiant du client");
    static final Formulaire HABILITATIONS = Formulaire.de("formulaire-habilitations", "habilitations",
            "Habilitations du client");
    static final Formulaire PROFILS = Formulaire.de("formulaire-profils", "profils", "Profils de l’agent");

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final ActeurCourant acteurCourant;
    private final ConsulterGuichets consulter;
    private final CreerGuichet creerGuichet;
    private final ChangerActiviteGuichet changerActiviteGuichet;
    private final CreerCompteAgent creerCompteAgent;
    private final ChangerActiviteAgent changerActiviteAgent;
    private final CreerClientApi creerClientApi;
    private final RevoquerClientApi revoquerClientApi;
    private final RenouvelerSecretClientApi renouvelerSecret;
    private final ChangerHabilitationsClientApi habilitations;
    private final ChangerProfilsAgent profils;

    AdministrationGuichetsController(ActeurCourant acteurCourant, ConsulterGuichets consulter,
            CreerGuichet creerGuichet, ChangerActiviteGuichet changerActiviteGuichet,
            CreerCompteAgent creerCompteAgent, ChangerActiviteAgent changerActiviteAgent,
            CreerClientApi creerClientApi, RevoquerClientApi revoquerClientApi,
            RenouvelerSecretClientApi renouvelerSecret, ChangerHabilitationsClientApi habilitations,
            ChangerProfilsAgent profils) {
        this.acteurCourant = acteurCourant;
        this.consulter = consulter;
        this.creerGuichet = creerGuichet;
        this.changerActiviteGuichet = changerActiviteGuichet;
        this.creerCompteAgent = creerCompteAgent;
        this.changerActiviteAgent = changerActiviteAgent;
        this.creerClientApi = creerClientApi;
        this.revoquerClientApi = revoquerClientApi;
        this.renouvelerSecret = renouvelerSecret;
        this.habilitations = habilitations;
        this.profils = profils;
    }

    /** Dates of the pages, in the registry's time zone. */
    @ModelAttribute("horodatage")
    Horodatage horodatage() {
        return new Horodatage();
    }

    /** Formats an instant as the pages show it. */
    static final class Horodatage {

        public String de(@Nullable Instant instant) {
            return instant == null ? "" : HORODATAGE.format(instant);
        }
    }

    // ---- guichets

    @GetMapping
    String liste(Model modele) {
        Acteur acteur = acteurCourant.acteur();
        modele.addAttribute("guichets", consulter.lister(acteur));
        modele.addAttribute("national", acteur.national());
        return "guichet/guichets";
    }

    @GetMapping("/nouveau")
    String nouveauGuichet(Model modele) {
        return formulaireGuichet(modele, new SaisieGuichet(null, null, null, null, null, null, null, null, null),
                ErreursFormulaire.AUCUNE);
    }

    @PostMapping
    String creerGuichet(@ModelAttribute SaisieGuichet saisie, Model modele, RedirectAttributes suite) {
        String code;
        try {
            code = creerGuichet.executer(acteurCourant.acteur(), saisie);
        } catch (DonneesInvalidesException e) {
            return formulaireGuichet(modele, saisie, GUICHET.erreurs(e.erreurs()));
        }
        suite.addFlashAttribute(MESSAGE, "Le guichet " + code + " est créé. Créez maintenant les comptes de ses agents "
                + "et, s'il utilise un logiciel, son client de l'API.");
        return versGuichet(code);
    }

    private String formulaireGuichet(Model modele, SaisieGuichet saisie, ErreursFormulaire erreurs) {
        Acteur acteur = acteurCourant.acteur();
        PerimetreAdministration.exigerAdministrateur(acteur);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", GUICHET);
        modele.addAttribute("types", Arrays.stream(TypeGuichet.values()).map(t -> Option.de(t.name(), t.libelle()))
                .toList());
        modele.addAttribute("national", acteur.national());
        modele.addAttribute("territoire", acteur.national() ? null : acteur.territoires().iterator().next());
        return "guichet/guichet-nouveau";
    }

    @GetMapping("/{code}")
    String guichet(@PathVariable String code, Model modele) {
        modele.addAttribute("fiche", consulter.fiche(acteurCourant.acteur(), code));
        modele.addAttribute("chevauchementHeures", renouvelerSecret.chevauchement().toHours());
        return "guichet/guichet";
    }

    @PostMapping("/{code}/desactivation")
    String desactiverGuichet(@PathVariable String code, RedirectAttributes suite) {
        changerActiviteGuichet.executer(acteurCourant.acteur(), code, false);
        suite.addFlashAttribute(MESSAGE, "Le guichet " + code + " est désactivé : ses agents et ses clients de l'API "
                + "n'ont plus accès au registre.");
        return versGuichet(code);
    }

    @PostMapping("/{code}/reactivation")
    String reactiverGuichet(@PathVariable String code, RedirectAttributes suite) {
        changerActiviteGuichet.executer(acteurCourant.acteur(), code, true);
        suite.addFlashAttribute(MESSAGE, "Le guichet " + code + " est réactivé.");
        return versGuichet(code);
    }

    // ---- agents

    @GetMapping("/{code}/agents/nouveau")
    String nouvelAgent(@PathVariable String code, Model modele) {
        return formulaireAgent(code, modele, new SaisieAgent(null, null, null), ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/{code}/agents")
    String creerAgent(@PathVariable String code, @ModelAttribute SaisieAgent saisie, Model modele,
            RedirectAttributes suite) {
        SecretRevele secret;
        try {
            secret = creerCompteAgent.executer(acteurCourant.acteur(), code, saisie);
        } catch (DonneesInvalidesException e) {
            return formulaireAgent(code, modele, saisie, AGENT.erreurs(e.erreurs()));
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
            return versGuichet(code);
        }
        suite.addFlashAttribute(SECRET, secret);
        return versGuichet(code);
    }

    private String formulaireAgent(String code, Model modele, SaisieAgent saisie, ErreursFormulaire erreurs) {
        modele.addAttribute("guichet", consulter.guichet(acteurCourant.acteur(), code).guichet());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", AGENT);
        return "guichet/agent-nouveau";
    }

    @PostMapping("/{code}/agents/{identifiant}/desactivation")
    String desactiverAgent(@PathVariable String code, @PathVariable String identifiant, RedirectAttributes suite) {
        changerActiviteAgent.executer(acteurCourant.acteur(), code, identifiant, false);
        suite.addFlashAttribute(MESSAGE, "Le compte " + identifiant + " est désactivé : sa session prend fin à sa "
                + "prochaine action.");
        return versGuichet(code);
    }

    @PostMapping("/{code}/agents/{identifiant}/reactivation")
    String reactiverAgent(@PathVariable String code, @PathVariable String identifiant, RedirectAttributes suite) {
        changerActiviteAgent.executer(acteurCourant.acteur(), code, identifiant, true);
        suite.addFlashAttribute(MESSAGE, "Le compte " + identifiant + " est réactivé.");
        return versGuichet(code);
    }

    /** An agent's page: his account and his per-agent profiles (ADR 0026), with the form that changes them. */
    @GetMapping("/{code}/agents/{identifiant}")
    String agent(@PathVariable String code, @PathVariable String identifiant, Model modele) {
        return pageAgent(code, identifiant, modele, null, ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/{code}/agents/{identifiant}/profils")
    String changerProfils(@PathVariable String code, @PathVariable String identifiant,
            @ModelAttribute SaisieProfils saisie, Model modele, RedirectAttributes suite) {
        boolean change;
        try {
            change = profils.executer(acteurCourant.acteur(), code, identifiant, saisie);
        } catch (DonneesInvalidesException e) {
            return pageAgent(code, identifiant, modele, saisie, PROFILS.erreurs(e.erreurs()));
        }
        suite.addFlashAttribute(MESSAGE, change
                ? "Les profils de l’agent " + identifiant + " sont enregistrés : ils valent dès sa prochaine action."
                : "Les profils de l’agent " + identifiant + " n’ont pas changé.");
        return versGuichet(code) + "/agents/" + UriUtils.encodePathSegment(identifiant,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private String pageAgent(String code, String identifiant, Model modele, @Nullable SaisieProfils saisie,
            ErreursFormulaire erreurs) {
        FicheAgent fiche = profils.fiche(acteurCourant.acteur(), code, identifiant);
        modele.addAttribute("fiche", fiche);
        modele.addAttribute("options", fiche.profilsOfferts().stream()
                .map(p -> new Option(p.code(), p.libelle(), p.description(), false)).toList());
        modele.addAttribute("coches", saisie == null ? fiche.agent().codesProfils()
                : saisie.profils() == null ? List.of() : saisie.profils());
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", PROFILS);
        return "guichet/agent";
    }

    // ---- API clients

    @GetMapping("/{code}/clients/nouveau")
    String nouveauClient(@PathVariable String code, Model modele) {
        return formulaireClient(code, modele, new SaisieClientApi(null), ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/{code}/clients")
    String creerClient(@PathVariable String code, @ModelAttribute SaisieClientApi saisie, Model modele,
            RedirectAttributes suite) {
        SecretRevele secret;
        try {
            secret = creerClientApi.executer(acteurCourant.acteur(), code, saisie);
        } catch (DonneesInvalidesException e) {
            return formulaireClient(code, modele, saisie, CLIENT.erreurs(e.erreurs()));
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
            return versGuichet(code);
        }
        suite.addFlashAttribute(SECRET, secret);
        return versGuichet(code);
    }

    private String formulaireClient(String code, Model modele, SaisieClientApi saisie, ErreursFormulaire erreurs) {
        modele.addAttribute("guichet", consulter.guichet(acteurCourant.acteur(), code).guichet());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", CLIENT);
        return "guichet/client-nouveau";
    }

    @PostMapping("/{code}/clients/{clientId}/revocation")
    String revoquerClient(@PathVariable String code, @PathVariable String clientId, RedirectAttributes suite) {
        revoquerClientApi.executer(acteurCourant.acteur(), code, clientId);
        suite.addFlashAttribute(MESSAGE, "Le client " + clientId + " est révoqué : il n'obtient plus de jeton, et ses "
                + "jetons déjà émis sont refusés.");
        return versGuichet(code);
    }

    @PostMapping("/{code}/clients/{clientId}/secret")
    String renouvelerSecret(@PathVariable String code, @PathVariable String clientId, RedirectAttributes suite) {
        try {
            suite.addFlashAttribute(SECRET, renouvelerSecret.executer(acteurCourant.acteur(), code, clientId));
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
        }
        return versGuichet(code);
    }

    /** An API client's page: its state and its habilitations, with the form that grants and withdraws them. */
    @GetMapping("/{code}/clients/{clientId}")
    String client(@PathVariable String code, @PathVariable String clientId, Model modele) {
        return pageClient(code, clientId, modele, null, ErreursFormulaire.AUCUNE);
    }

    @PostMapping("/{code}/clients/{clientId}/habilitations")
    String changerHabilitations(@PathVariable String code, @PathVariable String clientId,
            @ModelAttribute SaisieHabilitations saisie, Model modele, RedirectAttributes suite) {
        boolean change;
        try {
            change = habilitations.executer(acteurCourant.acteur(), code, clientId, saisie);
        } catch (DonneesInvalidesException e) {
            return pageClient(code, clientId, modele, saisie, HABILITATIONS.erreurs(e.erreurs()));
        } catch (ConflitException e) {
            suite.addFlashAttribute(ERREUR, e.getMessage());
            return versClient(code, clientId);
        }
        suite.addFlashAttribute(MESSAGE, change
                ? "Les habilitations du client " + clientId + " sont enregistrées : elles valent dès son prochain "
                        + "appel, même avec un jeton déjà émis."
                : "Les habilitations du client " + clientId + " n'ont pas changé.");
        return versClient(code, clientId);
    }

    private String pageClient(String code, String clientId, Model modele, @Nullable SaisieHabilitations saisie,
            ErreursFormulaire erreurs) {
        FicheClientApi fiche = habilitations.fiche(acteurCourant.acteur(), code, clientId);
        modele.addAttribute("fiche", fiche);
        modele.addAttribute("options", fiche.habilitationsOffertes().stream()
                .map(h -> new Option(h.code(), h.libelle(), h.description(), false)).toList());
        modele.addAttribute("cochees", saisie == null ? fiche.client().codesHabilitations()
                : saisie.habilitations() == null ? List.of() : saisie.habilitations());
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("formulaire", HABILITATIONS);
        return "guichet/client";
    }

    /**
     * A form posted after the session expired (or replayed without its CSRF token) is not carried out: the shell
     * sends the agent to the sign-in, then back to the form's address with a GET, which lands on the guichet's page.
     */
    @GetMapping({"/{code}/desactivation", "/{code}/reactivation", "/{code}/agents", "/{code}/clients",
        "/{code}/agents/{objet}/desactivation", "/{code}/agents/{objet}/reactivation",
        "/{code}/clients/{objet}/revocation", "/{code}/clients/{objet}/secret"})
    String retourAuGuichet(@PathVariable String code) {
        return versGuichet(code);
    }

    @GetMapping("/{code}/agents/{identifiant}/profils")
    String retourAAgent(@PathVariable String code, @PathVariable String identifiant) {
        return versGuichet(code) + "/agents/" + UriUtils.encodePathSegment(identifiant,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/{code}/clients/{clientId}/habilitations")
    String retourAuClient(@PathVariable String code, @PathVariable String clientId) {
        return versClient(code, clientId);
    }

    private static String versClient(String code, String clientId) {
        return versGuichet(code) + "/clients/" + UriUtils.encodePathSegment(clientId,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String versGuichet(String code) {
        return "redirect:/pro/administration/guichets/" + UriUtils.encodePathSegment(code,
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
