package fr.sne.echanges.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.attribution.AttributionsDemandes;
import fr.sne.attribution.AttributionsDemandes.Attributions;
import fr.sne.commun.stockage.Ecriture;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.FluxMouvements;
import fr.sne.demande.InstantanesDemandes;
import fr.sne.demande.InstantanesDemandes.DemandeInstantanee;
import fr.sne.demande.InstantanesDemandes.Selection;
import fr.sne.echanges.application.port.Exports;
import fr.sne.pieces.PiecesDemandes;
import fr.sne.pieces.PiecesDemandes.PieceDecrite;
import fr.sne.echanges.application.port.Exports.Tache;
import fr.sne.echanges.application.port.FichiersExport;
import fr.sne.echanges.application.port.FichiersExport.DemandeExportee;
import fr.sne.echanges.application.port.FichiersExport.Redaction;
import fr.sne.demande.RemisesDemandes;
import fr.sne.echanges.application.port.RemisesFlux;
import fr.sne.drm.AccesDrm;
import fr.sne.drm.DrmEnMasse;
import fr.sne.echanges.domaine.CommandeExport;
import fr.sne.echanges.domaine.Entite;
import fr.sne.echanges.domaine.EtatDemandeExportee;
import fr.sne.echanges.domaine.MotifExpiration;
import fr.sne.echanges.domaine.Export;
import fr.sne.gestion.EvenementsPartages;
import fr.sne.gestion.EvenementsPartages.EvenementPartage;
import fr.sne.gestion.Priorite;
import fr.sne.gestion.PrioritesDemande;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs the export jobs (issue 16 §2, ADR 0022): claims one ({@code FOR UPDATE SKIP LOCKED}; one whose instance died
 * is taken over once its lease has run out), then writes it from ONE consistent snapshot — a read-only REPEATABLE
 * READ transaction in which the demandes are read with a server-side cursor, batch by batch, each batch completed
 * with the other modules' blocks (events, priorities, attributions) read in the same snapshot and written as one XML
 * file of the archive, so that the heap holds one batch whatever the size. The lease is renewed and the progress
 * recorded in short transactions of their own as it goes; the archive goes to the storage; then, serialised with
 * the erasures, the export is marked PRET unless one of its demandes was erased meanwhile.
 */
@Service
public class ProduireExports {

    private static final Logger LOG = LoggerFactory.getLogger(ProduireExports.class);
    public static final String COMPTEUR_LIGNES = "sne.exports.lignes";
    public static final String COMPTEUR_REPRISES = "sne.exports.reprises";
    public static final String DUREE = "sne.exports.duree";
    private static final int TENTATIVES_MAX = 3;
    private static final int PAGE_RADIEES = 5_000;

    private final Exports exports;
    private final FluxMouvements flux;
    private final InstantanesDemandes demandes;
    private final EvenementsPartages evenements;
    private final PrioritesDemande priorites;
    private final AttributionsDemandes attributions;
    private final PiecesDemandes pieces;
    private final DrmEnMasse drm;
    private final AccesDrm accesDrm;
    private final FichiersExport fichiers;
    private final Stockage stockage;
    private final RemisesFlux remises;
    private final Clock horloge;
    private final MeterRegistry metriques;
    private final TransactionTemplate instantane;
    private final TransactionTemplate autonome;
    private final TransactionTemplate fin;
    private final Duration garde;
    private final String instance;

    ProduireExports(Exports exports, FluxMouvements flux, InstantanesDemandes demandes, EvenementsPartages evenements,
            PrioritesDemande priorites, AttributionsDemandes attributions, PiecesDemandes pieces, DrmEnMasse drm, AccesDrm accesDrm,
            FichiersExport fichiers, Stockage stockage,
            RemisesFlux remises, Clock horloge, MeterRegistry metriques, PlatformTransactionManager transactions,
            @Value("${sne.echanges.exports.garde:PT2M}") Duration garde) {
        this.exports = exports;
        this.flux = flux;
        this.demandes = demandes;
        this.evenements = evenements;
        this.priorites = priorites;
        this.attributions = attributions;
        this.pieces = pieces;
        this.drm = drm;
        this.accesDrm = accesDrm;
        this.fichiers = fichiers;
        this.stockage = stockage;
        this.remises = remises;
        this.horloge = horloge;
        this.metriques = metriques;
        this.garde = garde;
        this.instantane = new TransactionTemplate(transactions);
        instantane.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        instantane.setReadOnly(true);
        this.autonome = new TransactionTemplate(transactions);
        autonome.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fin = new TransactionTemplate(transactions);
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }

    /** This instance's name in the jobs' table. */
    public String instance() {
        return instance;
    }

    /** How a job ended (the tag of the timer {@value #DUREE}). */
    enum Issue {
        PRET,
        /** A demande it held was erased while it was written. */
        EXPIRE,
        ECHEC,
        /** Taken over by another instance (this one was too slow to renew its lease), or expired meanwhile. */
        PERDU
    }

    /** The job lost to another instance (its lease ran out) or expired by an erasure while being written. */
    static final class TachePerdue extends RuntimeException {
        TachePerdue() {
            super("export repris par une autre instance ou expiré", null, false, false);
        }
    }

    /**
     * Claims and runs one job, if any.
     *
     * @return the export run (whatever its end), empty when none was waiting
     */
    public Optional<Export> unePasse() {
        Optional<Tache> reclamee = exports.reclamer(instance, horloge.instant(), garde, TENTATIVES_MAX);
        if (reclamee.isEmpty()) {
            return Optional.empty();
        }
        Tache tache = reclamee.get();
        if (tache.reprise()) {
            metriques.counter(COMPTEUR_REPRISES).increment();
        }
        long debut = System.nanoTime();
        Issue resultat;
        try {
            resultat = produire(tache);
        } catch (TachePerdue e) {
            resultat = Issue.PERDU;
            LOG.warn("Export {} : la tâche n'est plus à cette instance", tache.export().numero());
        } catch (RuntimeException e) {
            resultat = Issue.ECHEC;
            LOG.error("Export {} en échec", tache.export().numero(), e);
            exports.echouer(tache, instance, horloge.instant(), "Erreur interne lors de la production du fichier ("
                    + e.getClass().getSimpleName() + ")");
        }
        Timer.builder(DUREE).tag("resultat", resultat.name()).register(metriques)
                .record(System.nanoTime() - debut, TimeUnit.NANOSECONDS);
        return Optional.of(tache.export());
    }

    private Issue produire(Tache tache) {
        Export export = tache.export();
        CommandeExport commande = export.commande();
        // the DRM's switch is read again when the export is written: a guichet switched off meanwhile gets none
        String guichet = tache.acteur().guichet();
        if (commande.entites().contains(Entite.DRM) && (guichet == null || !accesDrm.guichetOuvert(guichet))) {
            exports.echouer(tache, instance, horloge.instant(), "Le guichet n'est plus ouvert à la DRM : demandez "
                    + "l'export sans l'entité DRM.");
            return Issue.ECHEC;
        }
        Selection selection = new Selection(commande.etats(), commande.territoires(), commande.departements(),
                commande.communes());
        Set<Entite> entites = commande.entites();
        LocalDate jour = LocalDate.ofInstant(horloge.instant(), horloge.getZone());
        long[] lignes = {0};
        Instant[] battement = {horloge.instant()};
        Path archive;
        int nombreFichiers;
        // two threads, two batches at most in memory: while one batch is written (XML and compression, this JVM's
        // work), the next is read with its blocks in the snapshot (PostgreSQL's): the two cores work together
        ExecutorService redacteur = Executors.newSingleThreadExecutor(r -> {
            Thread fil = new Thread(r, "sne-exports-redaction");
            fil.setDaemon(true);
            return fil;
        });
        try (Redaction redaction = fichiers.commencer(export.numero(), entites, horloge.instant())) {
            Future<?>[] enCours = {CompletableFuture.completedFuture(null)};
            try {
                lireEtEcrire(tache, selection, entites, jour, lignes, battement, redaction, redacteur, enCours);
            } finally {
                redacteur.shutdownNow();
                attendreFin(redacteur);
            }
            archive = redaction.terminer();
            nombreFichiers = redaction.fichiers();
            String cle = "exports/" + export.numero() + ".tar.gz";
            Ecriture ecriture;
            try (InputStream contenu = Files.newInputStream(archive)) {
                ecriture = stockage.ecrire(cle, contenu);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Issue fini = java.util.Objects.requireNonNull(
                    fin.execute(s -> terminer(tache, lignes[0], nombreFichiers, ecriture, cle)));
            if (fini != Issue.PRET) {
                stockage.supprimer(cle);
            }
            return fini;
        }
    }

    /**
     * Reads the demandes in one snapshot, batch by batch, each with its blocks; hands each to the writer's thread
     * once it has written the one before (so at most two batches live at once, and the files keep their order);
     * returns when the last is written. A failure of the writer's thread is rethrown here.
     */
    private void lireEtEcrire(Tache tache, Selection selection, Set<Entite> entites, LocalDate jour, long[] lignes,
            Instant[] battement, Redaction redaction, ExecutorService redacteur, Future<?>[] enCours) {
        Export export = tache.export();
        instantane.executeWithoutResult(statut -> {
            // the snapshot's first statement: it takes the snapshot, and gives the oldest transaction then
            // running; the feed resumes from there (curseurFlux), every lower one being in the export
            long horizon = flux.horizon();
            if (!Boolean.TRUE.equals(autonome.execute(s -> exports.noterHorizon(tache, instance, horizon)))) {
                throw new TachePerdue();
            }
            long total = demandes.compter(selection, tache.acteur());
            battre(tache, 0, total);
            demandes.parcourir(selection, tache.acteur(), FichiersExport.DEMANDES_PAR_FICHIER, lot -> {
                List<DemandeExportee> complet = completer(lot, entites, commande(tache), jour);
                attendre(enCours[0]);
                enCours[0] = redacteur.submit(() -> redaction.ecrire(complet));
                List<String> numeros = lot.stream().map(DemandeInstantanee::numeroUnique).toList();
                Set<String> radiees = new TreeSet<>();
                lot.stream().filter(d -> EtatDemandeExportee.RADIEE.name().equals(d.demande().statut()))
                        .forEach(d -> radiees.add(d.numeroUnique()));
                lignes[0] += lot.size();
                autonome.executeWithoutResult(s -> {
                    exports.noterRadiees(tache, radiees);
                    remises.noter(export.lecteur(), jour, RemisesDemandes.Canal.EXPORT, new TreeSet<>(numeros));
                });
                metriques.counter(COMPTEUR_LIGNES).increment(lot.size());
                Instant maintenant = horloge.instant();
                if (Duration.between(battement[0], maintenant).compareTo(garde.dividedBy(4)) >= 0) {
                    battre(tache, lignes[0], total);
                    battement[0] = maintenant;
                }
            });
            attendre(enCours[0]);
        });
    }

    /** Waits for a batch's writing; its failure becomes this thread's. */
    private static void attendre(Future<?> ecriture) {
        try {
            ecriture.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrompu", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error erreur) {
                throw erreur;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The writer's thread ended (a batch being written when reading failed finishes or is interrupted). */
    private static void attendreFin(ExecutorService redacteur) {
        try {
            if (!redacteur.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("Export : le fil de rédaction ne s'est pas arrêté");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks the export PRET, serialised with the erasures, unless it lost its job or holds a demande erased since. */
    private Issue terminer(Tache tache, long lignes, int nombreFichiers, Ecriture ecriture, String cle) {
        exports.verrouillerEffacements();
        Instant maintenant = horloge.instant();
        String apres = "";
        while (true) {
            List<String> page = exports.radiees(tache.export().id(), apres, PAGE_RADIEES);
            if (page.isEmpty()) {
                break;
            }
            if (!demandes.effacees(page).isEmpty()) {
                return exports.expirerTache(tache, instance, maintenant, MotifExpiration.EFFACEMENT.name())
                        ? Issue.EXPIRE : Issue.PERDU;
            }
            apres = page.getLast();
        }
        return exports.terminer(tache, instance, maintenant, lignes, nombreFichiers, ecriture.taille(),
                ecriture.sha256(), cle) ? Issue.PRET : Issue.PERDU;
    }

    private void battre(Tache tache, long lignes, long total) {
        Boolean gardee = autonome.execute(s -> exports.prolonger(tache, instance, horloge.instant(), garde, lignes,
                total));
        if (!Boolean.TRUE.equals(gardee)) {
            throw new TachePerdue();
        }
    }

    /** A batch with the blocks asked, each read for the whole batch in one go, in the snapshot. */
    private static CommandeExport commande(Tache tache) {
        return tache.export().commande();
    }

    private List<DemandeExportee> completer(List<DemandeInstantanee> lot, Set<Entite> entites, CommandeExport commande,
            LocalDate jour) {
        List<String> numeros = lot.stream().map(DemandeInstantanee::numeroUnique).toList();
        Map<String, List<EvenementPartage>> evts = entites.contains(Entite.EVT) ? evenements.evenements(numeros)
                : Map.of();
        Map<String, List<Priorite>> prios = entites.contains(Entite.DALO) || entites.contains(Entite.PRIO)
                ? priorites.priorites(numeros) : Map.of();
        Map<String, Attributions> attribs = entites.contains(Entite.ATTRIB) || entites.contains(Entite.CONT)
                ? attributions.attributions(numeros) : Map.of();
        Map<String, List<PieceDecrite>> pjs = entites.contains(Entite.PJ) ? pieces.pieces(numeros) : Map.of();
        // the DRM: the months refreshed on the 22nd are given out in bulk from the 26th (ADR 0030, 0031)
        Map<String, DrmEnMasse.Ressources> drms = entites.contains(Entite.DRM)
                ? drm.lire(numeros, commande.profondeurDrm() == null ? DemanderExport.PROFONDEUR_DRM_DEFAUT
                        : commande.profondeurDrm(), jour)
                : Map.of();
        List<DemandeExportee> exportees = new ArrayList<>(lot.size());
        for (DemandeInstantanee d : lot) {
            List<Priorite> retenues = new ArrayList<>();
            for (Priorite p : prios.getOrDefault(d.numeroUnique(), List.of())) {
                if (p.nature() == Priorite.Nature.DALO ? entites.contains(Entite.DALO)
                        : entites.contains(Entite.PRIO)) {
                    retenues.add(p);
                }
            }
            exportees.add(new DemandeExportee(d, evts.getOrDefault(d.numeroUnique(), List.of()), retenues,
                    attribs.get(d.numeroUnique()), pjs.getOrDefault(d.numeroUnique(), List.of()),
                    entites.contains(Entite.DRM) ? drms.get(d.numeroUnique()) : null));
        }
        return exportees;
    }
}
