package fr.sne.drm;

import static fr.sne.bench.LigneResultat.json;
import static fr.sne.bench.LigneResultat.nombre;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.SneApplication;
import fr.sne.demande.IdentitesDemandeurs;
import fr.sne.donnees.GenerateurJeuNational;
import fr.sne.drm.application.InterrogerDrm;
import fr.sne.drm.application.ReleveMensuelDrm;
import fr.sne.drm.application.port.ClientDrm;
import fr.sne.drm.application.port.DrmIndisponibleException;
import fr.sne.drm.application.port.SituationsDrm;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.IdentiteDrm;
import fr.sne.drm.domaine.MoisRecu;
import fr.sne.drm.domaine.ReponseDrm;
import fr.sne.drm.domaine.StatutDrm;

/**
 * The DRM's monthly refresh on a sample of the national dataset, against the simulator (ADR 0030), extrapolated to
 * 2.7 million demandeurs. The application runs in this JVM (its local run: an embedded PostgreSQL thrown away at the
 * end, the simulator on a free port, no scheduled pass), the dataset's generator writes N demandes (default
 * 20,000), then:
 * <ol>
 * <li>the refresh: the set-based queuing and the application's sender until the queue is empty (its own batches,
 * leases, parallel calls and one short transaction per result), fetches per second, against the simulator's raw
 * rate: the same calls, same client and parallelism, without the registry (no queue, no identity read, no
 * recording);</li>
 * <li>the storage step: the same answers recorded through the application's {@link SituationsDrm} (one transaction
 * each, the sender's parallelism), against a bare {@code COPY} of the same rows into tables like the real ones.</li>
 * </ol>
 * Usage: bench/drm-releve/run.sh [demandes]
 */
public final class BenchReleveDrm {

    static final int PARALLELISME = 8;
    static final long NATIONAL = 2_700_000L;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        // command-line settings: above application.yml (a throw-away database, no scheduled pass)
        String[] reglages = {"--server.port=-1", "--sne.postgres-embarque.repertoire=",
                "--sne.postgres-embarque.port=0", "--sne.traitement-quotidien.cron=-", "--sne.drm.envoi.actif=false",
                "--sne.drm.releve.cron=-", "--sne.courriel.embarque.port=0",
                "--sne.portail.notifications.planifiees=false", "--sne.portail.envois.cron-courriels=-",
                "--sne.portail.envois.cron-lettres=-", "--sne.drm.api.disjoncteur-appels-minimum=1000000",
                "--logging.level.fr.sne.drm=warn", "--sne.securite.emetteur-local.repertoire-cles=",
                "--sne.stockage.dossier=", "--sne.televersements.dossier="};
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SneApplication.class).run(reglages)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t = System.nanoTime();
            app.getBean(GenerateurJeuNational.class).generer(n, 42L, l -> { });
            System.out.printf("dataset: %,d demandes generated in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            jdbc.sql("vacuum analyze").update();
            // the generator wrote the last refresh's result: the refresh replaces it, as a real one does
            List<String> numeros = jdbc.sql("select numero_unique from demandeur_nir_permanent order by 1")
                    .query(String.class).list();
            System.out.printf("sample: %,d active demandes whose demandeur has a permanent NIR%n", numeros.size());

            // 1. the simulator's raw rate: the same calls, without the registry
            Map<String, IdentitesDemandeurs.IdentiteDemandeur> identites = app.getBean(IdentitesDemandeurs.class)
                    .lire(numeros);
            ClientDrm client = app.getBean(ClientDrm.class);
            Clock horloge = app.getBean(Clock.class);
            YearMonth dernier = CalendrierDrm.dernierMoisConnu(LocalDate.now(horloge));
            YearMonth premier = dernier.minusMonths(2);
            List<Future<ReponseDrm>> futurs = new ArrayList<>();
            Semaphore places = new Semaphore(PARALLELISME);
            t = System.nanoTime();
            try (ExecutorService appels = Executors.newVirtualThreadPerTaskExecutor()) {
                for (String numero : numeros) {
                    IdentitesDemandeurs.IdentiteDemandeur d = identites.get(numero);
                    IdentiteDrm personne = new IdentiteDrm(d.nir(), d.nomNaissance(), d.prenoms(), d.dateNaissance(),
                            d.sexe());
                    futurs.add(appels.submit(() -> {
                        places.acquireUninterruptibly();
                        try {
                            return client.interroger(personne, premier, dernier);
                        } catch (DrmIndisponibleException e) {
                            return null;
                        } finally {
                            places.release();
                        }
                    }));
                }
            }
            double brut = (System.nanoTime() - t) / 1e9;
            List<ReponseDrm> reponses = new ArrayList<>();
            for (Future<ReponseDrm> f : futurs) {
                reponses.add(f.get());
            }

            // 2. the refresh through the application
            t = System.nanoTime();
            app.getBean(ReleveMensuelDrm.class).executer(LocalDate.now(horloge)).orElseThrow();
            double file = (System.nanoTime() - t) / 1e9;
            InterrogerDrm envoi = app.getBean(InterrogerDrm.class);
            while (envoi.unePasse().pris() > 0) {
                // until no fetch is due
            }
            double releve = (System.nanoTime() - t) / 1e9;
            double parSeconde = numeros.size() / releve;
            double brutParSeconde = numeros.size() / brut;
            System.out.printf("refresh: %,d fetches in %.1f s (queued in %.2f s): %.0f/s; raw simulator %.1f s: "
                    + "%.0f/s; ratio %.2f; 2.7 M extrapolated: %.1f h%n", numeros.size(), releve, file, parSeconde,
                    brut, brutParSeconde, brutParSeconde / parSeconde, NATIONAL / parSeconde / 3600);
            System.out.println("RESULTAT {\"bench\":\"drm-releve\",\"mesure\":\"relevé mensuel DRM (interrogations/s)\","
                    + "\"valeur\":" + nombre(parSeconde) + ",\"unite\":\"interrogations/s\",\"sens\":\"debit\","
                    + "\"base\":\"les mêmes appels au simulateur sans le registre\",\"valeurBase\":"
                    + nombre(brutParSeconde) + ",\"details\":" + json("%,d demandeurs; 2,7 M extrapolés : %.1f h"
                            .formatted(numeros.size(), NATIONAL / parSeconde / 3600)) + "}");

            // 3. the storage step against a bare COPY of the same rows
            SituationsDrm situations = app.getBean(SituationsDrm.class);
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
            java.time.Instant le = horloge.instant();
            t = System.nanoTime();
            List<Future<?>> ecritures = new ArrayList<>();
            try (ExecutorService ecrivains = Executors.newFixedThreadPool(PARALLELISME)) {
                for (int i = 0; i < numeros.size(); i++) {
                    String numero = numeros.get(i);
                    ReponseDrm r = reponses.get(i);
                    List<MoisRecu> mois = r instanceof ReponseDrm.Trouvee tr ? tr.mois() : List.of();
                    StatutDrm statut = r instanceof ReponseDrm.Trouvee ? StatutDrm.AFFICHABLE : StatutDrm.NON_TROUVE;
                    ecritures.add(ecrivains.submit(() -> transaction.executeWithoutResult(
                            s -> situations.enregistrer(numero, statut, le, dernier, "0".repeat(64), mois))));
                }
            }
            for (Future<?> f : ecritures) {
                f.get();
            }
            double stockage = (System.nanoTime() - t) / 1e9;
            StringBuilder lignesSituation = new StringBuilder();
            StringBuilder lignesRessource = new StringBuilder();
            java.util.Set<String> natures = new java.util.HashSet<>(jdbc.sql("select code from drm_nature")
                    .query(String.class).list());
            for (int i = 0; i < numeros.size(); i++) {
                ReponseDrm r = reponses.get(i);
                String numeroCourant = numeros.get(i);
                lignesSituation.append(numeros.get(i)).append('\t')
                        .append(r instanceof ReponseDrm.Trouvee ? "AFFICHABLE" : "NON_TROUVE").append('\t').append(le)
                        .append('\t').append(dernier.atDay(1)).append('\n');
                if (r instanceof ReponseDrm.Trouvee tr) {
                    for (MoisRecu m : tr.mois()) {
                        // the rows the application stores: collected natures only, one per month and nature
                        Map<String, java.math.BigDecimal> parNature = new java.util.TreeMap<>();
                        for (MoisRecu.Montant montant : m.montants()) {
                            if (natures.contains(montant.nature())) {
                                parNature.merge(montant.nature(), montant.montant(), java.math.BigDecimal::add);
                            }
                        }
                        parNature.forEach((nature, montant) -> lignesRessource.append(numeroCourant)
                                .append('\t').append(m.mois().atDay(1)).append('\t').append(nature).append('\t')
                                .append(montant.toPlainString()).append('\t').append(le).append('\n'));
                    }
                }
            }
            double copie;
            try (Connection c = app.getBean(DataSource.class).getConnection()) {
                try (var s = c.createStatement()) {
                    s.execute("create temp table b_situation (like drm_situation including all)");
                    s.execute("create temp table b_ressource (like drm_ressource including all)");
                }
                var copieur = c.unwrap(PGConnection.class).getCopyAPI();
                t = System.nanoTime();
                copieur.copyIn("copy b_situation (numero_unique, statut, mis_a_jour_le, mois_reference) from stdin",
                        new ByteArrayInputStream(lignesSituation.toString().getBytes(StandardCharsets.UTF_8)));
                copieur.copyIn("copy b_ressource (numero_unique, mois, nature, montant, recue_le) from stdin",
                        new ByteArrayInputStream(lignesRessource.toString().getBytes(StandardCharsets.UTF_8)));
                copie = (System.nanoTime() - t) / 1e9;
            }
            System.out.printf("storage: %,d results recorded in %.2f s; bare COPY of the same rows %.3f s; ratio %.1f%n",
                    numeros.size(), stockage, copie, stockage / copie);
            System.out.println("RESULTAT {\"bench\":\"drm-releve\",\"mesure\":\"enregistrement des résultats DRM\","
                    + "\"valeur\":" + nombre(stockage) + ",\"unite\":\"s\",\"sens\":\"temps\","
                    + "\"base\":\"COPY nu des mêmes lignes\",\"valeurBase\":" + nombre(copie) + ",\"details\":"
                    + json("%,d demandeurs, %d parallèles, une transaction chacun".formatted(numeros.size(),
                            PARALLELISME)) + "}");
        }
        System.exit(0);
    }
}
