package fr.sne.commun.stockage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What every {@link Stockage} promises (ADR 0018), run against each implementation by a subclass: the data folder
 * ({@link DossierStockageTest}) and the object store, a real S3 server in the JVM ({@link S3StockageIT}).
 */
abstract class ContratStockage {

    /** The size of a large stream: well past a part of a multipart upload. */
    static final long GRANDE_TAILLE = 50L * 1024 * 1024;

    /** The storage under test, empty at the start of each test. */
    abstract Stockage stockage();

    /** The storage the concurrent readers' test runs on: {@link #stockage()} unless a subclass says why not. */
    Stockage stockagePourLecturesConcurrentes() throws Exception {
        return stockage();
    }

    /**
     * The arguments of {@link ProcessusTasBorne} (before the size) that reach this same storage from another JVM.
     */
    abstract List<String> memeStockageDepuisUnAutreProcessus();

    /** The keys that exist in the storage's whole area (folder or bucket), whatever their name: for escapes. */
    abstract List<String> toutCeQuiExiste() throws IOException;

    static final List<String> CLES_HOSTILES = List.of("", "/", "../ailleurs.pdf", "a/../../b", "a/./b", "./a",
            "/etc/passwd", "a//b", "a/", "a\\b", "..\\b", "a/..", "..", ".cache", "a/.cache", "a..b",
            "%2e%2e/b", "a b", "é", "a\u0000b", "a\nb", "C:/x", "a/b?c", "a#b", "x".repeat(1025));

    @Test
    void ecrit_relit_decrit_remplace_et_supprime_par_cle() throws Exception {
        Stockage stockage = stockage();
        String cle = "avis-renouvellement/2027-10-26/G5901.pdf";
        byte[] un = "un".getBytes(StandardCharsets.UTF_8);
        byte[] deux = "deux, plus long".getBytes(StandardCharsets.UTF_8);
        Instant avant = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(2);

        Ecriture premiere = stockage.ecrire(cle, un);
        Ecriture seconde = stockage.ecrire(cle, new ByteArrayInputStream(deux));

        assertThat(premiere).isEqualTo(new Ecriture(un.length, sha256(un)));
        assertThat(seconde).isEqualTo(new Ecriture(deux.length, sha256(deux)));
        assertThat(stockage.lire(cle)).hasValueSatisfying(b -> assertThat(b).isEqualTo(deux));
        try (InputStream flux = stockage.ouvrir(cle).orElseThrow()) {
            assertThat(flux.readAllBytes()).isEqualTo(deux);
        }
        assertThat(stockage.existe(cle)).isTrue();
        assertThat(stockage.decrire(cle)).hasValueSatisfying(o -> {
            assertThat(o.cle()).isEqualTo(cle);
            assertThat(o.taille()).isEqualTo(deux.length);
            assertThat(o.modifieLe()).isBetween(avant, Instant.now().plusSeconds(2));
        });
        assertThat(stockage.supprimer(cle)).isTrue();
        assertThat(stockage.existe(cle)).isFalse();
        assertThat(stockage.lire(cle)).isEmpty();
        assertThat(stockage.supprimer(cle)).as("deleting it again").isFalse();
    }

    @Test
    void un_fichier_vide_s_ecrit_et_se_relit() {
        Stockage stockage = stockage();
        assertThat(stockage.ecrire("vide.txt", new byte[0])).isEqualTo(new Ecriture(0, sha256(new byte[0])));
        assertThat(stockage.lire("vide.txt")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(stockage.decrire("vide.txt")).hasValueSatisfying(o -> assertThat(o.taille()).isZero());
    }

    @Test
    void une_plage_donne_ses_octets_et_s_arrete_a_la_fin_du_fichier() throws Exception {
        Stockage stockage = stockage();
        byte[] contenu = new byte[1000];
        for (int i = 0; i < contenu.length; i++) {
            contenu[i] = (byte) (i * 7 + 3);
        }
        stockage.ecrire("plages/f.bin", contenu);

        assertThat(plage(stockage, "plages/f.bin", 10, 20)).isEqualTo(Arrays.copyOfRange(contenu, 10, 30));
        assertThat(plage(stockage, "plages/f.bin", 0, 1)).isEqualTo(Arrays.copyOfRange(contenu, 0, 1));
        assertThat(plage(stockage, "plages/f.bin", 990, 100)).as("cut at the end of the file")
                .isEqualTo(Arrays.copyOfRange(contenu, 990, 1000));
        assertThat(plage(stockage, "plages/f.bin", 999, Long.MAX_VALUE)).isEqualTo(new byte[] {contenu[999]});
        assertThat(plage(stockage, "plages/f.bin", 0, 1000)).isEqualTo(contenu);
        assertThatThrownBy(() -> stockage.ouvrir("plages/f.bin", 1000, 1)).as("starting at the end")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stockage.ouvrir("plages/f.bin", 5000, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stockage.ouvrir("plages/f.bin", -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stockage.ouvrir("plages/f.bin", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stockage.ouvrir("plages/absent.bin", 0, 10)).isEmpty();
    }

    @Test
    void la_liste_suit_l_ordre_des_cles_sous_un_prefixe() {
        Stockage stockage = stockage();
        List<String> cles = List.of("l/b.txt", "l/a/c/d.txt", "l/a-b.txt", "l/a/b.txt", "l/ab.txt", "l/a.txt",
                "autre/x.txt", "l.txt");
        for (String cle : cles) {
            stockage.ecrire(cle, cle.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(cles(stockage, "")).containsExactlyElementsOf(cles.stream().sorted().toList());
        assertThat(cles(stockage, "l/")).containsExactly("l/a-b.txt", "l/a.txt", "l/a/b.txt", "l/a/c/d.txt",
                "l/ab.txt", "l/b.txt");
        assertThat(cles(stockage, "l/a")).containsExactly("l/a-b.txt", "l/a.txt", "l/a/b.txt", "l/a/c/d.txt",
                "l/ab.txt");
        assertThat(cles(stockage, "l/a/")).containsExactly("l/a/b.txt", "l/a/c/d.txt");
        assertThat(cles(stockage, "l")).containsExactly("l.txt", "l/a-b.txt", "l/a.txt", "l/a/b.txt",
                "l/a/c/d.txt", "l/ab.txt", "l/b.txt");
        assertThat(cles(stockage, "rien/")).isEmpty();
        assertThat(cles(stockage, "l/z")).isEmpty();
        try (Stream<ObjetStocke> objets = stockage.lister("l/a/c/")) {
            assertThat(objets.toList()).singleElement().satisfies(o -> {
                assertThat(o.cle()).isEqualTo("l/a/c/d.txt");
                assertThat(o.taille()).isEqualTo("l/a/c/d.txt".length());
            });
        }
        stockage.supprimer("l/a/c/d.txt");
        assertThat(cles(stockage, "l/a/")).containsExactly("l/a/b.txt");
    }

    @Test
    void un_lecteur_voit_l_ancien_contenu_ou_le_nouveau_jamais_un_melange() throws Exception {
        Stockage stockage = stockagePourLecturesConcurrentes();
        String cle = "atomique/lot.pdf";
        int tailleA = 3 * 1024 * 1024;
        int tailleB = 2 * 1024 * 1024 + 17;
        stockage.ecrire(cle, uniforme('A', tailleA));
        AtomicBoolean fini = new AtomicBoolean();
        ExecutorService lecteur = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> lectures = lecteur.submit(() -> {
                int n = 0;
                do {
                    try (InputStream flux = stockage.ouvrir(cle).orElseThrow()) {
                        byte[] lu = flux.readAllBytes();
                        char c = (char) lu[0];
                        assertThat(c).isIn('A', 'B');
                        assertThat(lu).hasSize(c == 'A' ? tailleA : tailleB);
                        for (byte b : lu) {
                            if (b != lu[0]) {
                                throw new AssertionError("contenu mêlé à la lecture " + n);
                            }
                        }
                    }
                    n++;
                } while (!fini.get());
                return n;
            });
            for (int i = 0; i < 12; i++) {
                stockage.ecrire(cle, new ByteArrayInputStream(uniforme(i % 2 == 0 ? 'B' : 'A',
                        i % 2 == 0 ? tailleB : tailleA)));
            }
            fini.set(true);
            assertThat(lectures.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            fini.set(true);
            lecteur.shutdownNow();
        }
        assertThat(stockage.decrire(cle)).hasValueSatisfying(o -> assertThat(o.taille()).isEqualTo(tailleA));
    }

    @Test
    void une_ecriture_qui_echoue_en_route_laisse_l_ancien_contenu_et_rien_d_autre() throws Exception {
        Stockage stockage = stockage();
        String cle = "echec/lot.pdf";
        stockage.ecrire(cle, "ancien".getBytes(StandardCharsets.UTF_8));
        // fails after 12 MB: past a first part of a multipart upload
        InputStream casse = new SequenceInputStream(new FluxGenere(7, 12L * 1024 * 1024), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("source coupée");
            }
        });

        assertThatThrownBy(() -> stockage.ecrire(cle, casse)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> stockage.ecrire("echec/neuf.pdf", new SequenceInputStream(
                new FluxGenere(8, 1024), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("source coupée");
                    }
                }))).isInstanceOf(UncheckedIOException.class);

        assertThat(stockage.lire(cle)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo("ancien"));
        assertThat(stockage.existe("echec/neuf.pdf")).isFalse();
        assertThat(toutCeQuiExiste()).containsExactly(cle);
    }

    @Test
    void un_grand_flux_passe_en_flux_dans_les_deux_sens() throws Exception {
        Stockage stockage = stockage();
        String cle = "exports/G5901/export-1.tar.gz";
        String attendu = FluxGenere.sha256(42, GRANDE_TAILLE);

        Ecriture ecriture = stockage.ecrire(cle, new FluxGenere(42, GRANDE_TAILLE));

        assertThat(ecriture).isEqualTo(new Ecriture(GRANDE_TAILLE, attendu));
        assertThat(stockage.decrire(cle)).hasValueSatisfying(o -> assertThat(o.taille()).isEqualTo(GRANDE_TAILLE));
        // read back by blocks, never whole
        assertThat(FluxGenere.sha256(stockage.ouvrir(cle).orElseThrow())).isEqualTo(attendu);
        // a range in the middle, across what would be part boundaries
        long debut = 17L * 1024 * 1024 - 5;
        int longueur = 3 * 1024 * 1024;
        FluxGenere reference = new FluxGenere(42, GRANDE_TAILLE);
        reference.skipNBytes(debut);
        assertThat(plage(stockage, cle, debut, longueur)).isEqualTo(reference.readNBytes(longueur));
        try (Stream<ObjetStocke> objets = stockage.lister("exports/")) {
            assertThat(objets.toList()).singleElement().satisfies(o -> assertThat(o.taille())
                    .isEqualTo(GRANDE_TAILLE));
        }
    }

    @Test
    void un_flux_plus_grand_que_le_tas_s_ecrit_et_se_relit_avec_un_tas_de_64_mo() throws Exception {
        // a JVM of its own whose whole heap is smaller than the stream: holding it would be an OutOfMemoryError
        long taille = 120L * 1024 * 1024;
        List<String> commande = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), ProcessusTasBorne.class.getName()));
        commande.addAll(memeStockageDepuisUnAutreProcessus());
        commande.add(Long.toString(taille));
        Process processus = new ProcessBuilder(commande).redirectErrorStream(true).start();
        String sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(processus.waitFor(180, TimeUnit.SECONDS)).isTrue();

        String attendu = FluxGenere.sha256(99, taille);
        assertThat(processus.exitValue()).as(sortie).isZero();
        assertThat(sortie).contains("ecrit " + taille + " " + attendu, "relu " + attendu);
        long tas = Long.parseLong(sortie.lines().filter(l -> l.startsWith("tas-max ")).findFirst().orElseThrow()
                .substring("tas-max ".length()));
        assertThat(tas).isLessThan(taille);
        assertThat(stockage().decrire("tas-borne/grand.bin")).hasValueSatisfying(o -> assertThat(o.taille())
                .isEqualTo(taille));
    }

    @Test
    void une_cle_hostile_est_refusee_avant_de_toucher_au_stockage() throws IOException {
        Stockage stockage = stockage();
        for (String cle : CLES_HOSTILES) {
            assertThatThrownBy(() -> stockage.ecrire(cle, new byte[] {1})).as(cle)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.ecrire(cle, new ByteArrayInputStream(new byte[] {1}))).as(cle)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.ouvrir(cle)).as(cle).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.ouvrir(cle, 0, 1)).as(cle)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.lire(cle)).as(cle).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.decrire(cle)).as(cle).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.existe(cle)).as(cle).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stockage.supprimer(cle)).as(cle).isInstanceOf(IllegalArgumentException.class);
        }
        for (String prefixe : List.of("../", "/", "a//", "a/../", "/etc", ".cache/", "a\\", "%2e%2e/")) {
            assertThatThrownBy(() -> stockage.lister(prefixe)).as(prefixe)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(toutCeQuiExiste()).isEmpty();
    }

    @Test
    void une_cle_absente_n_est_pas_une_erreur() throws IOException {
        Stockage stockage = stockage();
        assertThat(stockage.ouvrir("absent/x.pdf")).isEmpty();
        assertThat(stockage.ouvrir("absent/x.pdf", 0, 10)).isEmpty();
        assertThat(stockage.lire("absent/x.pdf")).isEmpty();
        assertThat(stockage.decrire("absent/x.pdf")).isEmpty();
        assertThat(stockage.existe("absent/x.pdf")).isFalse();
        assertThat(stockage.supprimer("absent/x.pdf")).isFalse();
        assertThat(cles(stockage, "absent/")).isEmpty();
        assertThat(toutCeQuiExiste()).isEmpty();
    }

    static List<String> cles(Stockage stockage, String prefixe) {
        try (Stream<ObjetStocke> objets = stockage.lister(prefixe)) {
            return objets.map(ObjetStocke::cle).toList();
        }
    }

    static byte[] plage(Stockage stockage, String cle, long debut, long longueur) throws IOException {
        try (InputStream flux = stockage.ouvrir(cle, debut, longueur).orElseThrow()) {
            return flux.readAllBytes();
        }
    }

    static byte[] uniforme(char c, int taille) {
        byte[] contenu = new byte[taille];
        Arrays.fill(contenu, (byte) c);
        return contenu;
    }

    static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
