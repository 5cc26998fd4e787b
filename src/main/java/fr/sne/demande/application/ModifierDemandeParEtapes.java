package fr.sne.demande.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.Issue;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisible;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeModifiee;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.application.port.Brouillons;

/**
 * The modification of an active demande at a guichet's desk, in the registration's Cerfa steps (the professional
 * web application): a modification draft, pre-filled with the demande's content and naming the version it was
 * read at, kept between steps like a registration draft and owned by one agent of one guichet (another agent's
 * draft, or a draft of another demande, does not exist for him: 404); checked at each step by the rules of a
 * modification (the content rules, the date de dépôt and the territory unchanged: {@link CycleDeVie#validerContenu});
 * then written by {@link ModifierDemande} on the draft's version, so that a demande changed meanwhile is not
 * overwritten (nothing written). No duplicate check of the demande against itself, no attestation (none is due
 * for a modification). Only an agent of a guichet modifies a demande (R441-2-1 CCH).
 */
@Service
public class ModifierDemandeParEtapes {

    private final Brouillons brouillons;
    private final CycleDeVie cycle;
    private final ConsulterDossierDemande dossiers;
    private final ModifierDemande modifier;
    private final TransactionTemplate transaction;

    ModifierDemandeParEtapes(Brouillons brouillons, CycleDeVie cycle, ConsulterDossierDemande dossiers,
            ModifierDemande modifier, TransactionTemplate transaction) {
        this.brouillons = brouillons;
        this.cycle = cycle;
        this.dossiers = dossiers;
        this.modifier = modifier;
        this.transaction = transaction;
    }

    /**
     * What the last step shows before the modification is written.
     *
     * @param demande   the demande as it is now
     * @param erreurs   every error of the draft's content by the rules of a modification
     * @param rubriques the rubrics (names of {@link ContenuDemande}'s fields) the modification changes, when the
     *                  content is valid
     * @param perimee   true when the demande changed since the draft was read: the modification would be refused
     */
    public record Apercu(Demande demande, List<ErreurChamp> erreurs, List<String> rubriques, boolean perimee) {
    }

    /**
     * Opens the modification of an active demande the actor sees: his modification draft of this demande not
     * written yet if he has one (he resumes it), else a new one holding the demande's current content and version.
     * The display of that content is journaled.
     *
     * @throws RessourceIntrouvableException when the demande does not exist or is out of the actor's territory
     * @throws BrouillonIllisibleException   when his draft of this demande can no longer be read: it is shown to
     *                                       him ({@link #illisible}) and deleted ({@link #recommencer}) first
     */
    public Brouillon commencer(String numeroUnique, Acteur acteur, String premiereEtape) {
        exigerGuichet(acteur);
        Demande demande = dossiers.executer(numeroUnique, EcranConsultation.MODIFICATION, acteur).demande();
        CycleDeVie.refuser(demande.refus(ActionDemande.MODIFIER, null, acteur, cycle.aujourdhui(), List.of()));
        return brouillons.modificationEnCours(acteur.identifiant(), acteur.guichetRequis(),
                demande.numeroUnique().valeur()).orElseGet(() -> creer(demande, acteur, premiereEtape));
    }

    /**
     * Drops the draft, without reading it, and opens a new one from the demande's current content and version
     * (after the demande changed meanwhile, or when the draft can no longer be read).
     */
    public Brouillon recommencer(String numeroUnique, UUID id, Acteur acteur, String premiereEtape) {
        exigerGuichet(acteur);
        if (!brouillons.supprimerModification(id, acteur.identifiant(), acteur.guichetRequis(), numeroUnique)) {
            throw introuvable(id);
        }
        return commencer(numeroUnique, acteur, premiereEtape);
    }

    /**
     * The agent's modification draft of this demande not written yet when its content can no longer be read;
     * empty when he has none, or one that can be resumed.
     */
    public Optional<BrouillonIllisible> illisible(String numeroUnique, Acteur acteur) {
        exigerGuichet(acteur);
        try {
            brouillons.modificationEnCours(acteur.identifiant(), acteur.guichetRequis(), numeroUnique);
            return Optional.empty();
        } catch (BrouillonIllisibleException illisible) {
            return Optional.of(illisible.brouillon());
        }
    }

    /**
     * @throws RessourceIntrouvableException when the draft is not this agent's modification of this demande
     * @throws BrouillonIllisibleException   when it is, and its content can no longer be read
     */
    public Brouillon lire(String numeroUnique, UUID id, Acteur acteur) {
        exigerGuichet(acteur);
        try {
            return brouillons.lire(id, acteur.identifiant(), acteur.guichetRequis())
                    .filter(b -> numeroUnique.equals(b.demandeModifiee()))
                    .orElseThrow(() -> introuvable(id));
        } catch (BrouillonIllisibleException illisible) {
            if (!numeroUnique.equals(illisible.brouillon().demandeModifiee())) {
                throw introuvable(id);
            }
            throw illisible;
        }
    }

    /**
     * Saves what a step holds, valid or not, and gives back every error of the whole content by the rules of a
     * modification; the caller shows those of its step.
     */
    public List<ErreurChamp> enregistrerEtape(String numeroUnique, UUID id, Acteur acteur, ContenuDemande contenu,
            Map<String, String> saisiesBrutes, String etape) {
        lire(numeroUnique, id, acteur);
        if (!brouillons.modifier(id, acteur.identifiant(), acteur.guichetRequis(), contenu, saisiesBrutes, etape,
                maintenant())) {
            throw introuvable(id);
        }
        return verifier(contenu, cycle.lireVisible(numeroUnique, acteur));
    }

    /** Every error of a content by the rules of a modification of this demande. */
    public List<ErreurChamp> verifier(ContenuDemande contenu, Demande demande) {
        try {
            cycle.validerContenu(contenu, demande, "");
            return List.of();
        } catch (DonneesInvalidesException e) {
            return e.erreurs();
        }
    }

    /** The last step's view: errors, the rubrics changed, and whether the demande changed meanwhile. */
    public Apercu apercu(Brouillon brouillon, Acteur acteur) {
        Demande demande = cycle.lireVisible(requis(brouillon), acteur);
        boolean perimee = brouillon.versionDemande() == null || demande.version() != brouillon.versionDemande()
                || !demande.estActive();
        List<ErreurChamp> erreurs;
        List<String> rubriques = List.of();
        try {
            ContenuValide valide = cycle.validerContenu(brouillon.contenu(), demande, "");
            erreurs = List.of();
            // a demande radiated meanwhile is said by "perimee"; its refusal names no rubric
            rubriques = switch (demande.modifier(acteur, cycle.maintenant(), valide)) {
                case Issue.Acceptee<DemandeModifiee>(DemandeModifiee modification) -> modification.rubriques();
                case Issue.Refusee<DemandeModifiee> refusee -> List.of();
            };
        } catch (DonneesInvalidesException e) {
            erreurs = e.erreurs();
        }
        return new Apercu(demande, erreurs, rubriques, perimee);
    }

    /**
     * Writes the modification ({@link ModifierDemande}, on the version the draft was read at: its refusals are
     * thrown as there, {@link VersionPerimeeException} when the demande changed meanwhile) and marks the draft
     * written, in one transaction that holds the draft's row: a second final POST of the same draft (a double
     * click) waits, then finds it written and writes nothing.
     *
     * @return the demande as modified, or as it is when the draft had already been written
     */
    public Demande enregistrer(String numeroUnique, UUID id, Acteur acteur) {
        lire(numeroUnique, id, acteur);
        return transaction.execute(statut -> {
            Brouillon brouillon = brouillons.lirePourEcrire(id, acteur.identifiant(), acteur.guichetRequis())
                    .orElseThrow(() -> introuvable(id));
            if (brouillon.estEnregistre()) {
                return cycle.lireVisible(numeroUnique, acteur);
            }
            Demande modifiee = modifier.executer(numeroUnique, brouillon.contenu(), brouillon.versionDemande(),
                    acteur);
            brouillons.marquerEnregistre(id, numeroUnique, maintenant());
            return modifiee;
        });
    }

    /** Deletes the agent's modification draft of this demande, without reading it. */
    public void supprimer(String numeroUnique, UUID id, Acteur acteur) {
        exigerGuichet(acteur);
        if (!brouillons.supprimerModification(id, acteur.identifiant(), acteur.guichetRequis(), numeroUnique)) {
            throw introuvable(id);
        }
    }

    private Brouillon creer(Demande demande, Acteur acteur, String premiereEtape) {
        Instant maintenant = maintenant();
        Brouillon brouillon = new Brouillon(UUID.randomUUID(), acteur.identifiant(), acteur.guichetRequis(),
                demande.contenu(), Map.of(), premiereEtape, null, maintenant, maintenant,
                demande.numeroUnique().valeur(), demande.version());
        brouillons.creer(brouillon);
        return brouillon;
    }

    private static String requis(Brouillon brouillon) {
        String numero = brouillon.demandeModifiee();
        if (numero == null) {
            throw introuvable(brouillon.id());
        }
        return numero;
    }

    private static void exigerGuichet(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, "Seul un agent d'un guichet enregistreur "
                    + "modifie une demande (article L441-2-1 du CCH).");
        }
    }

    private static RessourceIntrouvableException introuvable(@Nullable UUID id) {
        return new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune modification en cours " + id
                + " n'est à vous.");
    }

    private Instant maintenant() {
        return cycle.maintenant().truncatedTo(ChronoUnit.MICROS);
    }
}
