package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.CodesCycleDeVie;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.RefusTransition;
import fr.sne.demande.infrastructure.DemandeRepository;
import fr.sne.demande.infrastructure.DemandeRepository.PersonneEnregistree;
import fr.sne.demande.infrastructure.JournalDemandes;

/**
 * What the lifecycle use cases share: who may see a demande, how its content is checked, the duplicate check
 * that excludes the demande itself, the optimistic locking on the version the client read, and the
 * translation of the demande's refusals into problem details. Each of these lives here once.
 */
@Component
class CycleDeVie {

    private final DemandeRepository demandes;
    private final ValidateurDemande validateur;
    private final JournalDemandes journal;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    CycleDeVie(DemandeRepository demandes, ValidateurDemande validateur, JournalDemandes journal,
            TransactionTemplate transaction, Clock horloge) {
        this.demandes = demandes;
        this.validateur = validateur;
        this.journal = journal;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    Instant maintenant() {
        return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    /**
     * The demande if this actor may see it (R441-2-6 CCH), else the same answer as for a number that does not
     * exist. THE visibility question of the lifecycle: to be switched to the demande module's shared
     * {@code peutVoir(acteur, demande)} when it exists.
     */
    Demande lireVisible(String numeroUnique, Acteur acteur) {
        if (!NumeroUnique.estBienForme(numeroUnique)) {
            throw introuvable(numeroUnique);
        }
        return demandes.parNumero(numeroUnique)
                .filter(demande -> acteur.couvre(demande.territoire()))
                .orElseThrow(() -> introuvable(numeroUnique));
    }

    /** Changing a demande's life through the API is a guichet's act (R441-2-1, R441-2-8 CCH). */
    void exigerGuichet(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodesCycleDeVie.GUICHET_REQUIS,
                    "Seul un guichet enregistreur peut changer une demande par cette API.");
        }
    }

    /** Refuses a change based on a version that is no longer the demande's ({@code If-Match}). */
    static void exigerVersion(Demande demande, @Nullable Integer versionAttendue) {
        if (versionAttendue != null && versionAttendue != demande.version()) {
            throw new VersionPerimeeException(demande.numeroUnique().valeur(), versionAttendue);
        }
    }

    /**
     * Checks the content sent for an existing demande, field by field, as a registration does, and returns it
     * normalised with the demande's date de dépôt. The date de dépôt never changes, and the communes stay in the
     * demande's territory.
     */
    ContenuDemande validerContenu(ContenuDemande saisie, Demande demande, String prefixe) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (saisie.dateDepot() != null && !saisie.dateDepot().equals(demande.dateDepot())) {
            erreurs.add(new ErreurChamp(prefixe + "dateDepot", CodesCycleDeVie.DATE_DEPOT_NON_MODIFIABLE,
                    "La date de dépôt d'une demande ne change jamais (" + demande.dateDepot()
                            + ") : elle fonde son ancienneté."));
        }
        ValidateurDemande.Resultat validation = validateur.valider(avecDateDepot(saisie, demande.dateDepot()),
                aujourdhui());
        for (ErreurChamp erreur : validation.erreurs()) {
            // --- Registration-only rules, skipped for a demande already registered (to be replaced by the
            // --- split content validator): the deposit registered within one month (L441-2-1 CCH). The other
            // --- registration-only rule (territory = the guichet's) is not applied here at all: any guichet
            // --- of the territory may change a demande it sees.
            if (erreur.champ().equals("dateDepot") && erreur.code().equals("DEPOT_TROP_ANCIEN")) {
                continue;
            }
            erreurs.add(new ErreurChamp(prefixe + erreur.champ(), erreur.code(), erreur.message()));
        }
        if (validation.territoire() != null && !validation.territoire().code().equals(demande.territoire())) {
            erreurs.add(new ErreurChamp(prefixe + "logementRecherche.communesSouhaitees",
                    CodesCycleDeVie.TERRITOIRE_NON_MODIFIABLE, "Les communes souhaitées relèvent du territoire "
                            + validation.territoire().libelle() + " : une demande reste dans son territoire ("
                            + demande.territoire() + ") ; déposez-en une autre pour celui-ci."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return validation.demande();
    }

    static ContenuDemande avecDateDepot(ContenuDemande c, LocalDate dateDepot) {
        return new ContenuDemande(dateDepot, c.demandeur(), c.coDemandeurs(), c.personnesACharge(),
                c.personnesANaitre(), c.adresse(), c.contact(), c.logementActuel(), c.motifs(), c.logementRecherche(),
                c.handicap(), c.precisions());
    }

    /** Runs a transition of the demande, its refusal becoming a problem with its stable code. */
    static <T> T decider(Supplier<T> transition) {
        try {
            return transition.get();
        } catch (RefusTransition refus) {
            throw new ConflitException(refus.code(), refus.getMessage(), refus.details());
        }
    }

    /**
     * Writes an event through the door in a transaction. A concurrent change committed since the demande was
     * read refuses it, nothing written: as a {@link VersionPerimeeException} (412) when the client named the
     * version it read ({@code If-Match}), else as the door's conflict {@code MODIFICATION_CONCURRENTE} (409).
     *
     * @param versionAttendue the version named by the client, or null
     * @param avant           what to do first in the same transaction (locks, duplicate check), may be null
     */
    Demande ecrire(EvenementDemande evenement, Demande lue, @Nullable Integer versionAttendue,
            @Nullable Runnable avant) {
        try {
            return transaction.execute(statut -> {
                if (avant != null) {
                    avant.run();
                }
                return journal.appliquer(evenement, null);
            });
        } catch (ConflitException e) {
            if (versionAttendue != null && e.code().equals("MODIFICATION_CONCURRENTE")) {
                throw new VersionPerimeeException(lue.numeroUnique().valeur(), lue.version());
            }
            throw e;
        }
    }

    /**
     * Under the identities' locks, in the caller's transaction: no adult of the content may have another active
     * demande in the territory than those excluded (the demande itself; for a separation, the original too).
     */
    void refuserDoublons(String guichet, NumeroUnique numero, String territoire, ContenuDemande contenu,
            Collection<NumeroUnique> exclues) {
        List<Identite> adultes = new ArrayList<>();
        adultes.add(EnregistrerDemande.identite(contenu.demandeur()));
        contenu.coDemandeurs().forEach(p -> adultes.add(EnregistrerDemande.identite(p)));
        demandes.verrouiller(guichet, "cycle-de-vie|" + numero.valeur(), territoire, adultes);
        for (PersonneEnregistree existante : demandes.adultesActifsSimilaires(territoire, adultes)) {
            if (exclues.contains(existante.numeroUnique())) {
                continue;
            }
            for (Identite adulte : adultes) {
                if (adulte.designeLaMemePersonneQue(existante.identite())) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("numeroUniqueExistant", existante.numeroUnique().valeur());
                    details.put("dateDepotExistante", existante.dateDepot().toString());
                    throw new ConflitException("DOUBLON", existante.prenoms() + " " + existante.nomNaissance()
                            + " a déjà une autre demande active sur ce territoire : " + existante.numeroUnique()
                            + ".", details);
                }
            }
        }
    }

    private static RessourceIntrouvableException introuvable(String numeroUnique) {
        return new RessourceIntrouvableException("Aucune demande " + numeroUnique + " sur votre territoire.");
    }
}
