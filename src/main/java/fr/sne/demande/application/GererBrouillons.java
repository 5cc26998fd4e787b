package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.application.validation.RegleEnregistrement;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.BrouillonsEnCours;
import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.PersonneEnregistree;
import fr.sne.demande.application.port.Brouillons;

/**
 * The registration of a demande at a guichet's desk, step by step (the professional web application): a draft
 * per registration, kept between steps, owned by one agent of one guichet (another agent's draft does not
 * exist for him: 404), checked by the same rules as the API's registration ({@link RegleEnregistrement}), then
 * registered through {@link EnregistrerDemande} with the draft's id as idempotency key, so that a replayed final
 * step registers once. Only an actor acting for a guichet registers (L441-2-1 CCH). A draft whose content can no
 * longer be read is listed apart and deleted, never resumed ({@link BrouillonIllisibleException}).
 */
@Service
public class GererBrouillons {

    /** The prefix of the idempotency key of a registration from a draft. */
    static final String PREFIXE_CLE = "brouillon-";

    private final Brouillons brouillons;
    private final RegleEnregistrement regles;
    private final RechercherDoublons doublons;
    private final EnregistrerDemande enregistrer;
    private final Clock horloge;

    GererBrouillons(Brouillons brouillons, RegleEnregistrement regles, RechercherDoublons doublons,
            EnregistrerDemande enregistrer, Clock horloge) {
        this.brouillons = brouillons;
        this.regles = regles;
        this.doublons = doublons;
        this.enregistrer = enregistrer;
        this.horloge = horloge;
    }

    public Brouillon creer(Acteur acteur, String premiereEtape) {
        exigerGuichet(acteur);
        Instant maintenant = maintenant();
        Brouillon brouillon = new Brouillon(UUID.randomUUID(), acteur.identifiant(), acteur.guichetRequis(),
                Brouillon.contenuVide(), Map.of(), premiereEtape, null, maintenant, maintenant);
        brouillons.creer(brouillon);
        return brouillon;
    }

    /**
     * @throws RessourceIntrouvableException when the draft is not this agent's at this guichet
     * @throws BrouillonIllisibleException   when it is, and its content can no longer be read
     */
    public Brouillon lire(UUID id, Acteur acteur) {
        exigerGuichet(acteur);
        // a modification draft is not a registration's (ModifierDemandeParEtapes)
        try {
            return brouillons.lire(id, acteur.identifiant(), acteur.guichetRequis())
                    .filter(b -> !b.estModification()).orElseThrow(() -> introuvable(id));
        } catch (BrouillonIllisibleException illisible) {
            if (illisible.brouillon().estModification()) {
                throw introuvable(id);
            }
            throw illisible;
        }
    }

    /** The agent's registration drafts not registered yet, those whose content can no longer be read apart. */
    public BrouillonsEnCours enCours(Acteur acteur) {
        exigerGuichet(acteur);
        return brouillons.enCours(acteur.identifiant(), acteur.guichetRequis());
    }

    /**
     * Saves what a step holds, valid or not (nothing typed is lost), and gives back every error of the whole
     * content with the rules of a registration; the caller shows those of its step.
     *
     * @throws RessourceIntrouvableException when the draft is not this agent's, or already registered
     */
    public List<ErreurChamp> enregistrerEtape(UUID id, Acteur acteur, ContenuDemande contenu,
            Map<String, String> saisiesBrutes, String etape) {
        exigerGuichet(acteur);
        if (!brouillons.modifier(id, acteur.identifiant(), acteur.guichetRequis(), contenu, saisiesBrutes, etape,
                maintenant())) {
            throw introuvable(id);
        }
        return verifier(contenu, acteur);
    }

    /** Every error of the content, by the rules of a registration by this actor's guichet, today. */
    public List<ErreurChamp> verifier(ContenuDemande contenu, Acteur acteur) {
        exigerGuichet(acteur);
        String territoire = acteur.enregistrePartout() ? null
                : acteur.territoires().size() == 1 ? acteur.territoires().iterator().next() : "";
        return regles.verifier(contenu, new CodeGuichet(acteur.guichetRequis()), territoire,
                LocalDate.now(horloge)).erreurs();
    }

    /**
     * The desk's duplicate search before the final step, for each adult of the draft with a name and a birth
     * date: the active demandes of the territory one of them already holds, by the adult's field path
     * ("demandeur", "coDemandeurs[0]").
     */
    public Map<String, List<PersonneEnregistree>> doublons(Brouillon brouillon, Acteur acteur) {
        Map<String, List<PersonneEnregistree>> trouves = new LinkedHashMap<>();
        List<ContenuDemande.Personne> adultes = new ArrayList<>();
        if (brouillon.contenu().demandeur() != null) {
            adultes.add(brouillon.contenu().demandeur());
        }
        adultes.addAll(brouillon.contenu().coDemandeurs());
        for (int i = 0; i < adultes.size(); i++) {
            ContenuDemande.Personne p = adultes.get(i);
            if (p == null || p.nomNaissance() == null || p.nomNaissance().isBlank() || p.dateNaissance() == null) {
                continue;
            }
            List<PersonneEnregistree> candidats = doublons.executer(p.nomNaissance(), p.prenoms(), p.dateNaissance(),
                    p.nir() == null || p.nir().isBlank() ? null : p.nir().replace(" ", ""), acteur);
            if (!candidats.isEmpty()) {
                trouves.put(i == 0 ? "demandeur" : "coDemandeurs[" + (i - 1) + "]", candidats);
            }
        }
        return trouves;
    }

    /**
     * Registers the demande of the draft ({@link EnregistrerDemande}: its errors, a duplicate, are thrown as
     * there), the draft's id being the idempotency key, and keeps its numéro in the draft. A draft already
     * registered gives back its demande's numéro without registering again.
     */
    public String enregistrer(UUID id, Acteur acteur) {
        Brouillon brouillon = lire(id, acteur);
        if (brouillon.estEnregistre()) {
            return brouillon.numeroUnique();
        }
        Demande demande = enregistrer.executer(brouillon.contenu(), acteur, PREFIXE_CLE + id).demande();
        String numero = demande.numeroUnique().valeur();
        brouillons.marquerEnregistre(id, numero, maintenant());
        return numero;
    }

    /** Deletes a registration draft of the agent, without reading it: one that can no longer be read too. */
    public void supprimer(UUID id, Acteur acteur) {
        exigerGuichet(acteur);
        if (!brouillons.supprimerEnregistrement(id, acteur.identifiant(), acteur.guichetRequis())) {
            throw introuvable(id);
        }
    }

    private static void exigerGuichet(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.ACTEUR_SANS_GUICHET, "Seul un agent d'un guichet enregistreur "
                    + "enregistre une demande (article L441-2-1 du CCH).");
        }
    }

    private static RessourceIntrouvableException introuvable(UUID id) {
        return new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucun brouillon " + id
                + " n'est à vous.");
    }

    private Instant maintenant() {
        return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
    }
}
