package fr.sne.drm.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.demande.IdentitesDemandeurs;
import fr.sne.demande.IdentitesDemandeurs.IdentiteDemandeur;
import fr.sne.drm.application.port.ClientDrm;
import fr.sne.drm.application.port.DrmIndisponibleException;
import fr.sne.drm.application.port.InterrogationsDrm;
import fr.sne.drm.application.port.InterrogationsDrm.Reservee;
import fr.sne.drm.application.port.RelevesDrm;
import fr.sne.drm.application.port.SituationsDrm;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.IdentiteDrm;
import fr.sne.drm.domaine.MoisRecu;
import fr.sne.drm.domaine.ReponseDrm;
import fr.sne.drm.domaine.StatutDrm;

/**
 * The sender of the queued fetches (ADR 0030): takes a batch for a while (a lease) in one short statement, reads
 * the demandeurs' identities, calls the DRM outside any transaction (several calls at a time), then records each
 * result in one short transaction of its own: the coherence check against the identity the registry holds at that
 * moment, the status, the months replaced, the fetch deleted. A failed call records nothing but the failure: the
 * fetch comes back after a growing wait (or the wait the DRM asked for). A sender that stops before recording
 * leaves the lease to run out: the fetch is made again (at least once; recording twice gives the same rows).
 */
@Service
public class InterrogerDrm {

    private static final Logger LOG = LoggerFactory.getLogger(InterrogerDrm.class);

    /** The longest wait between two tries of a failed fetch. */
    static final Duration ATTENTE_MAXIMALE = Duration.ofHours(6);

    private final InterrogationsDrm interrogations;
    private final SituationsDrm situations;
    private final RelevesDrm releves;
    private final IdentitesDemandeurs identites;
    private final ClientDrm client;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final int taille;
    private final int parallelisme;
    private final Duration bail;
    private final Duration premiereAttente;

    InterrogerDrm(InterrogationsDrm interrogations, SituationsDrm situations, RelevesDrm releves,
            IdentitesDemandeurs identites, ClientDrm client, TransactionTemplate transaction, Clock horloge,
            @Value("${sne.drm.envoi.taille-lot:200}") int taille,
            @Value("${sne.drm.envoi.parallelisme:8}") int parallelisme,
            @Value("${sne.drm.envoi.bail:PT5M}") Duration bail,
            @Value("${sne.drm.envoi.premiere-attente:PT1M}") Duration premiereAttente) {
        this.interrogations = interrogations;
        this.situations = situations;
        this.releves = releves;
        this.identites = identites;
        this.client = client;
        this.transaction = transaction;
        this.horloge = horloge;
        this.taille = taille;
        this.parallelisme = parallelisme;
        this.bail = bail;
        this.premiereAttente = premiereAttente;
    }

    /** What one pass did. */
    public record Bilan(int pris, int enregistres, int echecs) {
    }

    /** Passes until no fetch is due (or {@code duree} has gone by); the scheduler's entry. */
    public Bilan toutEnvoyer(Duration duree) {
        Instant limite = Instant.now().plus(duree);
        int pris = 0;
        int enregistres = 0;
        int echecs = 0;
        Bilan passe;
        do {
            passe = unePasse();
            pris += passe.pris();
            enregistres += passe.enregistres();
            echecs += passe.echecs();
        } while (passe.pris() == taille && Instant.now().isBefore(limite));
        return new Bilan(pris, enregistres, echecs);
    }

    /** One batch: taken, called, recorded. Never throws for the DRM's failures. */
    public Bilan unePasse() {
        List<Reservee> lot = interrogations.reserver(taille, horloge.instant(), bail);
        if (lot.isEmpty()) {
            return new Bilan(0, 0, 0);
        }
        Map<String, IdentiteDemandeur> lues = identites.lire(lot.stream().map(Reservee::numeroUnique).toList());
        YearMonth dernier = CalendrierDrm.dernierMoisConnu(LocalDate.now(horloge));
        YearMonth premier = dernier.minusMonths(RessourcesDrm.PROFONDEUR_MAXIMALE - 1L);
        List<Future<Boolean>> resultats = new ArrayList<>();
        Semaphore places = new Semaphore(Math.max(1, parallelisme));
        try (ExecutorService appels = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Reservee r : lot) {
                resultats.add(appels.submit(() -> {
                    places.acquireUninterruptibly();
                    try {
                        return traiter(r, lues.get(r.numeroUnique()), premier, dernier);
                    } finally {
                        places.release();
                    }
                }));
            }
        }
        int enregistres = 0;
        int echecs = 0;
        for (Future<Boolean> f : resultats) {
            try {
                if (f.get()) {
                    enregistres++;
                } else {
                    echecs++;
                }
            } catch (Exception e) {
                // a fetch that failed to record keeps its lease and comes back when it runs out
                LOG.warn("Interrogation DRM non enregistrée : {}", e.toString());
                echecs++;
            }
        }
        Set<LocalDate> jours = new TreeSet<>();
        lot.stream().map(Reservee::releve).filter(j -> j != null).forEach(jours::add);
        releves.clore(jours, horloge.instant());
        return new Bilan(lot.size(), enregistres, echecs);
    }

    /** One fetch: @return true when a result was recorded, false when it failed and was given back. */
    private boolean traiter(Reservee r, @Nullable IdentiteDemandeur demandeur, YearMonth premier, YearMonth dernier) {
        if (demandeur == null || !demandeur.active()) {
            // erased, or radiated since: nothing to fetch (a radiated demande keeps its last months until erasure)
            transaction.executeWithoutResult(s -> {
                if (interrogations.verrouillerSiInchangee(r.numeroUnique(), r.demandeLe())) {
                    interrogations.terminer(r.numeroUnique());
                }
            });
            return true;
        }
        if (!demandeur.nirPermanent()) {
            StatutDrm statut = demandeur.nir() == null ? StatutDrm.SANS_NIR : StatutDrm.NIR_TEMPORAIRE;
            enregistrer(r, statut, null, identite(demandeur).empreinte(), List.of());
            return true;
        }
        ReponseDrm reponse;
        try {
            reponse = client.interroger(identite(demandeur), premier, dernier);
        } catch (DrmIndisponibleException e) {
            echec(r, e);
            return false;
        } catch (RuntimeException e) {
            echec(r, new DrmIndisponibleException("erreur du client : " + e.getClass().getSimpleName(), null, e));
            return false;
        }
        transaction.executeWithoutResult(s -> {
            if (!interrogations.verrouillerSiInchangee(r.numeroUnique(), r.demandeLe())) {
                return; // asked again meanwhile (an identity change): the newer fetch will record
            }
            // the coherence check, against what the registry holds now, in the transaction that records
            IdentiteDemandeur actuel = identites.lire(List.of(r.numeroUnique())).get(r.numeroUnique());
            if (actuel == null) {
                interrogations.terminer(r.numeroUnique());
                return;
            }
            IdentiteDrm registre = identite(actuel);
            StatutDrm statut;
            List<MoisRecu> mois = List.of();
            if (reponse instanceof ReponseDrm.Trouvee trouvee) {
                if (registre.concordeAvec(trouvee.identite())) {
                    statut = StatutDrm.AFFICHABLE;
                    mois = trouvee.mois().stream()
                            .filter(m -> !m.mois().isBefore(premier) && !m.mois().isAfter(dernier)).toList();
                } else {
                    statut = StatutDrm.DISCORDANCE;
                }
            } else {
                statut = StatutDrm.NON_TROUVE;
            }
            situations.enregistrer(r.numeroUnique(), statut, horloge.instant(), dernier, registre.empreinte(), mois);
            interrogations.terminer(r.numeroUnique());
            if (r.releve() != null) {
                releves.compter(r.releve(), statut);
            }
        });
        return true;
    }

    private void enregistrer(Reservee r, StatutDrm statut, @Nullable YearMonth reference, String empreinte,
            List<MoisRecu> mois) {
        transaction.executeWithoutResult(s -> {
            if (interrogations.verrouillerSiInchangee(r.numeroUnique(), r.demandeLe())) {
                situations.enregistrer(r.numeroUnique(), statut, horloge.instant(), reference, empreinte, mois);
                interrogations.terminer(r.numeroUnique());
            }
        });
    }

    private void echec(Reservee r, DrmIndisponibleException e) {
        Instant maintenant = horloge.instant();
        Duration attente = premiereAttente.multipliedBy(1L << Math.min(r.essais(), 16));
        if (attente.compareTo(ATTENTE_MAXIMALE) > 0) {
            attente = ATTENTE_MAXIMALE;
        }
        if (e.reessayerApres() != null && e.reessayerApres().compareTo(attente) > 0) {
            attente = e.reessayerApres();
        }
        Duration finale = attente;
        transaction.executeWithoutResult(s -> {
            if (!interrogations.verrouillerSiInchangee(r.numeroUnique(), r.demandeLe())) {
                return;
            }
            situations.indisponible(r.numeroUnique(), maintenant);
            interrogations.reporter(r.numeroUnique(), r.essais() + 1, maintenant.plus(finale), e.getMessage());
            if (r.releve() != null) {
                releves.compter(r.releve(), StatutDrm.INDISPONIBLE);
            }
        });
        LOG.info("DRM indisponible ({}), nouvel essai dans {}", e.getMessage(), finale);
    }

    /** The registry's identity of a demandeur, as sent to the DRM and checked against its answer. */
    static IdentiteDrm identite(IdentiteDemandeur d) {
        return new IdentiteDrm(d.nir(), d.nomNaissance(), d.prenoms(), d.dateNaissance(), d.sexe());
    }
}
