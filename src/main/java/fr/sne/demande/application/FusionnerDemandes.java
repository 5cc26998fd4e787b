package fr.sne.demande.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandesFusionnees;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.PolitiqueFusion;
import fr.sne.demande.application.port.Demandes;

/**
 * Merges two demandes of one person into one (motive f of R441-2-8 CCH): the gestionnaire territorial's act
 * within his territory, the national administrator's across territories. The actor names the kept demande,
 * compares both demandes' adults ({@link #comparer}, each display in the access journal), and confirms the
 * near-duplicate ({@link PolitiqueFusion}); then the demande is radiated for motive f naming the kept numéro, and
 * the kept demande takes the earlier date de dépôt, both through the one door with their movements. Every refusal
 * writes nothing:
 * <ul>
 * <li>an actor other than a gestionnaire territorial or the national administrator: 403
 * {@code FUSION_RESERVEE_AU_GESTIONNAIRE} (a guichet's radiation f is refused the same way, {@link RadierDemande});</li>
 * <li>field {@code numeroUniqueConserve} (422): missing {@code OBLIGATOIRE}, malformed {@code FORMAT_INVALIDE}
 * ({@link ParseurFusion}, before), the demande itself {@code FUSION_MEME_DEMANDE}, unknown or out of the actor's scope (another territory for a
 * gestionnaire), alike so as not to tell one from the other, {@code FUSION_DEMANDE_CONSERVEE_INTROUVABLE};</li>
 * <li>409: the merged demande radiated {@code DEMANDE_NON_ACTIVE}, the kept one radiated
 * {@code FUSION_DEMANDE_CONSERVEE_NON_ACTIVE}, no near-duplicate {@code FUSION_PERSONNES_DIFFERENTES}; a version
 * displayed that is no longer a demande's: {@link VersionPerimeeException};</li>
 * <li>field {@code confirmation} (422): not confirmed {@code FUSION_NON_CONFIRMEE}.</li>
 * </ul>
 */
@Service
public class FusionnerDemandes {

    static final String CHAMP_CONFIRMATION = "confirmation";

    private final CycleDeVie cycle;
    private final ConsulterDossierDemande dossiers;
    private final Demandes demandes;

    FusionnerDemandes(CycleDeVie cycle, ConsulterDossierDemande dossiers, Demandes demandes) {
        this.cycle = cycle;
        this.dossiers = dossiers;
        this.demandes = demandes;
    }

    /**
     * The two demandes side by side, before the confirmation.
     *
     * @param rapprochement the adults taken for one person and why; empty when they are not a near-duplicate
     * @param refus         why the merge cannot be done (but for the confirmation), or null
     */
    public record Comparaison(Demande fusionnee, Demande conservee,
            Optional<PolitiqueFusion.Rapprochement> rapprochement, @Nullable Refus refus) {

        /** The kept demande's date de dépôt after the merge: the earlier of the two. */
        public java.time.LocalDate dateDepotRetenue() {
            return fusionnee.dateDepot().isBefore(conservee.dateDepot()) ? fusionnee.dateDepot()
                    : conservee.dateDepot();
        }
    }

    /** Both demandes after the merge. */
    public record Resultat(Demande radiee, Demande conservee, DemandesFusionnees fusion) {
    }

    /** The demande to merge, as the merge's page shows it (its display journaled), for an actor who may merge. */
    public Demande afficher(String numeroUnique, Acteur acteur) {
        exigerGestionnaire(acteur);
        return dossiers.executer(numeroUnique, EcranConsultation.FUSION, acteur).demande();
    }

    /** Both demandes, read and journaled as the merge's page shows them, with what the rule says of them. */
    public Comparaison comparer(String numeroUnique, NumeroUnique numeroUniqueConserve, Acteur acteur) {
        exigerGestionnaire(acteur);
        Demande fusionnee = cycle.lireVisible(numeroUnique, acteur);
        String conserve = lireConservee(fusionnee, numeroUniqueConserve, acteur).numeroUnique().valeur();
        fusionnee = dossiers.executer(numeroUnique, EcranConsultation.FUSION, acteur).demande();
        Demande conservee = dossiers.executer(conserve, EcranConsultation.FUSION, acteur).demande();
        Decision decision = PolitiqueFusion.evaluer(fusionnee, conservee, true);
        return new Comparaison(fusionnee, conservee,
                PolitiqueFusion.rapprocher(fusionnee.contenu(), conservee.contenu()),
                decision instanceof Refus refus ? refus : null);
    }

    /**
     * @param versionAttendue         the merged demande's version displayed, or null
     * @param versionConserveeAttendue the kept demande's version displayed, or null
     */
    public Resultat executer(String numeroUnique, CommandeFusion commande, @Nullable Integer versionAttendue,
            @Nullable Integer versionConserveeAttendue, Acteur acteur) {
        exigerGestionnaire(acteur);
        Demande fusionnee = cycle.lireVisible(numeroUnique, acteur);
        Demande conservee = lireConservee(fusionnee, commande.numeroUniqueConserve(), acteur);
        CycleDeVie.exigerVersion(fusionnee, versionAttendue);
        CycleDeVie.exigerVersion(conservee, versionConserveeAttendue);
        // an unconfirmed merge is the error of its form's field; any other refusal a conflict (409)
        DemandesFusionnees fusion = fusionnee.fusionnerDans(conservee, acteur, cycle.maintenant(),
                cycle.aujourdhui(), commande.confirmee()).ouSinon(refus -> refus.code() == CodeMotif.FUSION_NON_CONFIRMEE
                        ? new DonneesInvalidesException(List.of(new ErreurChamp(CHAMP_CONFIRMATION, refus.code(),
                                refus.message())))
                        : CycleDeVie.conflit(refus));
        Demande radiee = cycle.ecrire(fusion, fusionnee, versionAttendue, null);
        return new Resultat(radiee, demandes.parNumero(conservee.numeroUnique().valeur()).orElseThrow(), fusion);
    }

    /** A merge is the gestionnaire territorial's or the national administrator's act (R441-2-5, R441-2-8 CCH). */
    private static void exigerGestionnaire(Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE,
                    CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE.message());
        }
    }

    /**
     * The kept demande: another demande's numéro, and one this actor may see (else the same answer as for a numéro
     * that does not exist).
     */
    private Demande lireConservee(Demande fusionnee, NumeroUnique numero, Acteur acteur) {
        if (numero.equals(fusionnee.numeroUnique())) {
            throw ParseurFusion.refus(CodeMotif.FUSION_MEME_DEMANDE, CodeMotif.FUSION_MEME_DEMANDE.message());
        }
        try {
            return cycle.lireVisible(numero.valeur(), acteur);
        } catch (RessourceIntrouvableException e) {
            throw ParseurFusion.refus(CodeMotif.FUSION_DEMANDE_CONSERVEE_INTROUVABLE,
                    CodeMotif.FUSION_DEMANDE_CONSERVEE_INTROUVABLE.message(Map.of("numero", numero.valeur())));
        }
    }
}
