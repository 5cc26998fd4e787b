package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.sne.demande.DemandeExemple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application killed with {@code kill -9} in the middle of registrations, then started again on the
 * same data folder, with no hand in between (the orphan embedded PostgreSQL is dealt with at start). Meanwhile the
 * desks' software retries each request with its Idempotency-Key until it gets an answer, as the API asks them to.
 * Afterwards: every key has exactly one numéro, every demande answered exists once, and nothing else was written.
 */
class ArretBrutalIT {

    private static final int CLIENTS = 6;
    private static final int DEMANDES_AVANT_ARRET = 24;
    private static final Duration DEMARRAGE_MAX = Duration.ofSeconds(150);
    private static final List<String> GUICHETS = List.of("G5901", "G5902");

    @TempDir
    Path temporaire;

    private Process application;
    private Path donnees;
    private int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> jetons = new ConcurrentHashMap<>();

    /** One demande and the answers its key received; {@code nom} names its applicant. */
    record Envoi(String cle, String nom, List<Integer> statuts, List<String> numeros, AtomicBoolean aCheval) {
    }

    @AfterEach
    void arreterApplicationEtPostgres() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroy(); // graceful: the application stops its PostgreSQL
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        serveurPostgres().ifPresent(serveur -> {
            serveur.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            serveur.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
    }

    @Test
    void apres_un_kill_9_sous_charge_l_application_redemarre_seule_et_chaque_demande_existe_une_fois()
            throws Exception {
        donnees = temporaire.resolve("donnees");
        port = portLibre();
        String prefixe = "Krach" + DemandeExemple.nomAuHasard().substring(4, 9);
        long t0 = System.nanoTime();
        demarrer("premier");
        long t1 = System.nanoTime();

        AtomicBoolean fin = new AtomicBoolean();
        AtomicInteger creees = new AtomicInteger();
        List<Envoi> envois = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService executeur = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                String guichet = GUICHETS.get(c % GUICHETS.size());
                clients.add(executeur.submit(() -> {
                    while (!fin.get()) {
                        Envoi envoi = envoyerJusquAReponse(guichet, prefixe);
                        envois.add(envoi);
                        if (envoi.statuts().getLast() == 201) {
                            creees.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }

            attendre(() -> creees.get() >= DEMANDES_AVANT_ARRET, Duration.ofSeconds(60), "demandes avant l'arrêt");
            application.destroyForcibly(); // SIGKILL, requests in flight
            assertThat(application.waitFor(20, TimeUnit.SECONDS)).isTrue();
            int avantRedemarrage = creees.get();

            long t2 = System.nanoTime();
            demarrer("second");
            long t3 = System.nanoTime();
            System.out.printf("ArretBrutalIT : premier démarrage %d ms, charge avant l'arrêt %d ms, redémarrage %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            attendre(() -> creees.get() >= avantRedemarrage + CLIENTS, Duration.ofSeconds(60),
                    "demandes après le redémarrage");
            fin.set(true);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        }

        long aCheval = envois.stream().filter(e -> e.aCheval().get()).count();
        System.out.printf("ArretBrutalIT : %d clés, %d envoyées avant l'arrêt et répondues après%n", envois.size(),
                aCheval);
        assertThat(aCheval).as("des requêtes en vol à l'arrêt, répondues après le redémarrage").isPositive();

        // every key: answered 201 (first time or replayed), always with the same numéro
        assertThat(envois).allSatisfy(e -> {
            assertThat(e.statuts()).as(e.cle()).containsOnly(201);
            assertThat(e.numeros().stream().distinct()).as(e.cle()).hasSize(1);
        });
        Map<String, String> numeroParNom = new HashMap<>();
        envois.forEach(e -> numeroParNom.put(e.nom(), e.numeros().getFirst()));
        assertThat(numeroParNom.values()).doesNotHaveDuplicates();

        // every demande answered exists, once; nothing else of this test's applicants was written
        Map<String, List<String>> enBase = demandesEnBase(prefixe);
        assertThat(enBase.keySet()).containsExactlyInAnyOrderElementsOf(numeroParNom.keySet());
        numeroParNom.forEach((nom, numero) -> assertThat(enBase.get(nom)).as(nom).containsExactly(numero));
        for (Envoi envoi : envois.subList(0, Math.min(envois.size(), 200))) {
            String numero = envoi.numeros().getFirst();
            HttpResponse<String> relue = appeler("G5901", HttpRequest.newBuilder(url("/v1.0/demandes/" + numero)));
            assertThat(relue.statusCode()).isEqualTo(200);
            assertThat(json.readTree(relue.body()).at("/demande/demandeur/nomNaissance").asString())
                    .isEqualTo(envoi.nom());
        }
    }

    /** A new applicant's demande, sent again with the same key until an answer comes, as a desk's software does. */
    private Envoi envoyerJusquAReponse(String guichet, String prefixe) throws InterruptedException {
        DemandeExemple demande = DemandeExemple.nord();
        String nom = prefixe + "-" + demande.nom();
        demande.demandeur().put("nomNaissance", nom);
        String corps = json.writeValueAsString(demande.json());
        Envoi envoi = new Envoi(UUID.randomUUID().toString(), nom, new ArrayList<>(), new ArrayList<>(),
                new AtomicBoolean());
        long limite = System.nanoTime() + DEMARRAGE_MAX.multipliedBy(2).toNanos();
        // the first answer, then one deliberate retry of the same key: it must replay the same numéro
        while (envoi.statuts().size() < 2 && System.nanoTime() < limite) {
            try {
                HttpResponse<String> reponse = appeler(guichet, HttpRequest.newBuilder(url("/v1.0/demandes"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", envoi.cle())
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(corps)));
                int statut = reponse.statusCode();
                if (statut == 401) {
                    jetons.remove(guichet); // a token from before the restart, should the signing key change
                } else if (statut == 429 || statut >= 500) {
                    Thread.sleep(200);
                } else {
                    envoi.statuts().add(statut);
                    JsonNode numero = statut == 201 ? json.readTree(reponse.body()).get("numeroUnique") : null;
                    envoi.numeros().add(numero == null ? reponse.body() : numero.asString());
                }
            } catch (IOException e) {
                envoi.aCheval().set(true);
                Thread.sleep(200); // killed, or not started yet: the same key again
            }
        }
        return envoi;
    }

    private HttpResponse<String> appeler(String guichet, HttpRequest.Builder requete)
            throws IOException, InterruptedException {
        String jeton = jetons.get(guichet);
        if (jeton == null) {
            String client = "demo-" + guichet.toLowerCase(java.util.Locale.ROOT);
            HttpResponse<String> reponse = http.send(HttpRequest.newBuilder(url("/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (client + ":" + client + "-secret").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reponse.statusCode() != 200) {
                throw new IOException("jeton refusé : " + reponse.statusCode());
            }
            jeton = json.readTree(reponse.body()).get("access_token").asString();
            jetons.put(guichet, jeton);
        }
        return http.send(requete.header("Authorization", "Bearer " + jeton).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Demande numbers by applicant's birth name, read in the embedded PostgreSQL the application left running. */
    private Map<String, List<String>> demandesEnBase(String prefixe) throws Exception {
        int portPostgres = Integer.parseInt(Files.readAllLines(donnees.resolve("postgres/postmaster.pid")).get(3).trim());
        Map<String, List<String>> parNom = new HashMap<>();
        // the password the application generated, in its data folder (PostgreSQL's password file format)
        String motDePasse = Files.readString(donnees.resolve("postgres/pgpass")).strip().split(":", 5)[4];
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + portPostgres
                + "/postgres", "postgres", motDePasse);
                PreparedStatement requete = c.prepareStatement("select p.nom_naissance, d.numero_unique from demande d "
                        + "join demande_personne p on p.demande_id = d.id where p.nom_naissance like ?")) {
            requete.setString(1, prefixe + "%");
            try (ResultSet lignes = requete.executeQuery()) {
                while (lignes.next()) {
                    parNom.computeIfAbsent(lignes.getString(1), n -> new ArrayList<>()).add(lignes.getString(2));
                }
            }
        }
        return parNom;
    }

    /** The executable jar that {@code package} built, whatever its version. */
    private static Path jarExecutable() throws IOException {
        try (Stream<Path> fichiers = Files.list(Path.of("target"))) {
            return fichiers.filter(f -> f.getFileName().toString().matches("sne-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(plain|sources|javadoc|tests)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("pas de jar dans target/ : "
                            + "lancer ./mvnw verify, qui le construit avant les tests d'intégration"));
        }
    }

    private void demarrer(String nom) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder lancement = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar",
                jarExecutable().toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(temporaire.resolve(nom + ".log").toFile());
        lancement.environment().put("SNE_DATA_DIR", donnees.toString());
        lancement.environment().put("SNE_PG_PORT", "0");
        lancement.environment().remove("SPRING_PROFILES_ACTIVE");
        application = lancement.start();
        try {
            attendre(() -> sante() == 200 || !application.isAlive(), DEMARRAGE_MAX, "démarrage " + nom);
        } catch (IllegalStateException e) {
            throw new AssertionError("démarrage " + nom + " trop long :\n" + journal(nom), e);
        }
        if (!application.isAlive()) {
            throw new AssertionError("démarrage " + nom + " en échec :\n" + journal(nom));
        }
    }

    private String journal(String nom) {
        try {
            List<String> lignes = Files.readAllLines(temporaire.resolve(nom + ".log"));
            return String.join("\n", lignes.subList(Math.max(0, lignes.size() - 60), lignes.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private int sante() {
        try {
            return http.send(HttpRequest.newBuilder(url("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The PostgreSQL server left on the test's data folder, if any. */
    private Optional<ProcessHandle> serveurPostgres() {
        if (donnees == null) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(donnees.resolve("postgres/postmaster.pid")).getFirst().trim());
            return ProcessHandle.of(pid).filter(p -> p.info().arguments()
                    .map(a -> String.join(" ", a).contains(donnees.resolve("postgres").toString())).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private URI url(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }

    private static int portLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void attendre(java.util.function.BooleanSupplier condition, Duration delai, String quoi)
            throws InterruptedException {
        long limite = System.nanoTime() + delai.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limite) {
                throw new IllegalStateException("délai dépassé : " + quoi);
            }
            Thread.sleep(100);
        }
    }
}
