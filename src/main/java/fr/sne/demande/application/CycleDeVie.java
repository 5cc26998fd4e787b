package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.application.validation.Resultat;
import fr.sne.demande.application.validation.ValidationContenu;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.PolitiqueDoublon;
import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.application.port.PorteDemandes;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.Territoire;

/**
 * What the lifecycle use cases share: who may see a demande, how its content is checked, the duplicate check
 * that excludes the demande itself, the optimistic locking on the version the client read, and the
 * translation of the demande's refusals into problem details. Each of these lives here once.
 */
@Component
class CycleDeVie {

    private final Demandes demandes;
    private final ValidationContenu validation;
    private final ConsulterDemande consulter;
    private final ReferentielGeographique geographie;
    private final PorteDemandes journal;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    CycleDeVie(Demandes demandes, ValidationContenu validation, ConsulterDemande consulter,
            ReferentielGeographique geographie, PorteDemandes journal, TransactionTemplate transaction,
            Clock horloge) {
        this.demandes = demandes;
        this.validation = validation;
        this.consulter = consulter;
        this.geographie = geographie;
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
     * The demande if this actor may see it (R441-2-6 CCH), read as {@link ConsulterDemande} reads it; else the same
     * answer as for a number that does not exist.
     */
    Demande lireVisible(String numeroUnique, Acteur acteur) {
        return consulter.executer(numeroUnique, acteur);
    }

    /**
     * The demande a use case of the lifecycle is about to change: the actor acts for a guichet, may see the
     * demande, and names its current version (when it names one).
     */
    Demande lirePourChanger(String numeroUnique, @Nullable Integer versionAttendue, Acteur acteur) {
        exigerGuichet(acteur);
        Demande demande = lireVisible(numeroUnique, acteur);
        exigerVersion(demande, versionAttendue);
        return demande;
    }

    /** Changing a demande's life through the API is a guichet's act (R441-2-1, R441-2-8 CCH). */
    void exigerGuichet(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, CodeMotif.GUICHET_REQUIS.message());
        }
    }

    /** Refuses a change based on a version that is no longer the demande's ({@code If-Match}). */
    static void exigerVersion(Demande demande, @Nullable Integer versionAttendue) {
        if (versionAttendue != null && versionAttendue != demande.version()) {
            throw new VersionPerimeeException(demande.numeroUnique().valeur(), versionAttendue);
        }
    }

    /**
     * Checks the content sent for an existing demande, rubric by rubric, with the content rules a registration
     * applies too ({@link ValidationContenu}; the registration-only rules, such as the deposit registered within
     * one month, are not called), and returns it validated with the demande's date de dépôt. The date de dépôt
     * never changes, and the communes stay in the demande's territory.
     *
     * @param prefixe the JSON path of the content in the request ("" for the whole body)
     */
    ContenuValide validerContenu(ContenuDemande saisie, Demande demande, String prefixe) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (saisie.dateDepot() != null && !saisie.dateDepot().equals(demande.dateDepot())) {
            erreurs.add(new ErreurChamp(prefixe + "dateDepot", CodeMotif.DATE_DEPOT_NON_MODIFIABLE,
                    CodeMotif.DATE_DEPOT_NON_MODIFIABLE.message(Map.of("dateDepot", demande.dateDepot()))));
        }
        Resultat<ContenuValide> resultat = validation.valider(avecDateDepot(saisie, demande.dateDepot()),
                aujourdhui());
        for (ErreurChamp erreur : resultat.erreurs()) {
            erreurs.add(new ErreurChamp(prefixe + erreur.champ(), erreur.code(), erreur.message()));
        }
        // said even when other fields are wrong: the guichet learns at once that this content is another demande
        Optional<Territoire> ailleurs = territoireUnique(saisie)
                .filter(territoire -> !territoire.code().equals(demande.territoire()));
        if (ailleurs.isPresent()) {
            erreurs.add(new ErreurChamp(prefixe + "logementRecherche.communesSouhaitees",
                    CodeMotif.TERRITOIRE_NON_MODIFIABLE, CodeMotif.TERRITOIRE_NON_MODIFIABLE.message(Map.of(
                            "territoire", ailleurs.get().libelle(), "territoireDemande", demande.territoire()))));
        }
        if (!erreurs.isEmpty() || !(resultat instanceof Resultat.Valide<ContenuValide>(ContenuValide valide))) {
            throw new DonneesInvalidesException(erreurs);
        }
        return valide;
    }

    /** The one territory of the known communes sought, if they name one (the content validation says the rest). */
    private Optional<Territoire> territoireUnique(ContenuDemande saisie) {
        if (saisie.logementRecherche() == null) {
            return Optional.empty();
        }
        Set<Territoire> territoires = new HashSet<>();
        for (String code : saisie.logementRecherche().communesSouhaitees()) {
            if (code != null) {
                geographie.commune(code.strip()).map(geographie::territoireDeCommune).ifPresent(territoires::add);
            }
        }
        return territoires.size() == 1 ? Optional.of(territoires.iterator().next()) : Optional.empty();
    }

    static ContenuDemande avecDateDepot(ContenuDemande c, LocalDate dateDepot) {
        return new ContenuDemande(dateDepot, c.demandeur(), c.coDemandeurs(), c.personnesACharge(),
                c.personnesANaitre(), c.adresse(), c.contact(), c.logementActuel(), c.motifs(), c.logementRecherche(),
                c.handicap(), c.precisions());
    }

    /** The event of a transition of the demande, or its refusal as a problem (409) with its stable code. */
    static <E> E decider(Issue<E> issue) {
        return issue.ouSinon(CycleDeVie::conflit);
    }

    /** Refuses with this refusal of the demande's rules (409), if there is one. */
    static void refuser(@Nullable Refus refus) {
        if (refus != null) {
            throw conflit(refus);
        }
    }

    /** A refusal of the demande or of a policy, as the problem the edge answers (409 {@code conflit}). */
    static ConflitException conflit(Refus refus) {
        return new ConflitException(refus.code(), refus.message(), refus.detailsTexte());
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
            if (versionAttendue != null && e.code().equals(CodeMotif.MODIFICATION_CONCURRENTE.name())) {
                throw new VersionPerimeeException(lue.numeroUnique().valeur(), lue.version());
            }
            throw e;
        }
    }

    /**
     * Under the identities' locks, in the caller's transaction: no adult may have another active demande in the
     * territory than those excluded (the demande itself; for a separation, the original too). The one duplicate
     * rule, {@link PolitiqueDoublon}, as at registration.
     */
    void refuserDoublons(String guichet, NumeroUnique numero, String territoire, List<Identite> adultes,
            Collection<NumeroUnique> exclues) {
        demandes.verrouiller(guichet, "cycle-de-vie|" + numero.valeur(), territoire, adultes);
        List<PolitiqueDoublon.Existante> existantes = demandes.adultesActifsSimilaires(territoire, adultes).stream()
                .filter(p -> !exclues.contains(p.numeroUnique()))
                .map(p -> new PolitiqueDoublon.Existante(p.identite(), p.numeroUnique(), p.prenoms(),
                        p.nomNaissance(), p.dateDepot()))
                .toList();
        if (PolitiqueDoublon.evaluer(adultes, existantes) instanceof Refus refus) {
            throw conflit(refus);
        }
    }

    /** The identities of the adults of a validated content. */
    static List<Identite> adultes(ContenuValide contenu) {
        return contenu.adultes().stream().map(ContenuValide.Adulte::identite).toList();
    }

    /**
     * The identities of the adults of a stored content (validated when it was written: its adults have a name,
     * first names and a date of birth).
     */
    static List<Identite> adultes(ContenuDemande stocke) {
        List<Identite> adultes = new ArrayList<>();
        adultes.add(identite(stocke.demandeur()));
        stocke.coDemandeurs().forEach(p -> adultes.add(identite(p)));
        return adultes;
    }

    static Identite identite(ContenuDemande.@Nullable Personne p) {
        Objects.requireNonNull(p, "personne");
        return Identite.de(Objects.requireNonNull(p.nomNaissance()), Objects.requireNonNull(p.prenoms()),
                Objects.requireNonNull(p.dateNaissance()), p.nir());
    }
}
