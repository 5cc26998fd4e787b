package fr.sne.commun.stockage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The storage's contract on the object store: {@link S3Stockage} with the client the application builds
 * ({@link StockageConfiguration#s3}), against S3Proxy started in this JVM on a loopback port with its filesystem
 * backend (a real S3 server speaking HTTP and checking the signatures, not a mock); a new bucket for each test.
 */
class S3StockageIT extends ContratStockage {

    static Path dossierS3;
    static S3ProxyEssai serveur;
    static S3ProxyEssai serveurMemoire;
    static final AtomicInteger BUCKETS = new AtomicInteger();

    private S3Stockage stockage;
    private S3Client client;
    private String bucket;
    private S3Stockage memoire;

    @BeforeAll
    static void demarrer() throws Exception {
        dossierS3 = Files.createTempDirectory("sne-s3proxy-");
        serveur = S3ProxyEssai.surDisque(dossierS3);
    }

    @AfterAll
    static void arreter() throws Exception {
        if (serveurMemoire != null) {
            serveurMemoire.close();
        }
        serveur.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(dossierS3);
    }

    @BeforeEach
    void preparer() {
        bucket = "sne-essai-" + BUCKETS.incrementAndGet();
        stockage = StockageConfiguration.s3(reglages(bucket, DataSize.ofMegabytes(5)));
        client = clientDe(stockage);
        client.createBucket(b -> b.bucket(bucket));
    }

    @AfterEach
    void fermer() {
        stockage.close();
        if (memoire != null) {
            memoire.close();
        }
        // each test sees only its own bucket, so that "everything that exists" is its own doing
        serveur.supprimerBucket(bucket);
    }

    static StockageProperties.S3 reglages(String bucket, DataSize partie) {
        return reglages(serveur, bucket, partie);
    }

    static StockageProperties.S3 reglages(S3ProxyEssai s3proxy, String bucket, DataSize partie) {
        return new StockageProperties.S3(s3proxy.endpoint(), "us-east-1", bucket, S3ProxyEssai.CLE_ACCES,
                S3ProxyEssai.CLE_SECRETE, true, partie);
    }

    /**
     * The same client and code, against an S3Proxy on jclouds' in-memory backend: its filesystem backend reads an
     * object's size and then opens its file, so a GET racing a replacement can get the old size with the new file
     * (a short or cut body). That is this test server's flaw: S3 and the stores of production serve each GET from
     * one version of the object, which the in-memory backend does too.
     */
    @Override
    Stockage stockagePourLecturesConcurrentes() throws Exception {
        if (serveurMemoire == null) {
            serveurMemoire = S3ProxyEssai.enMemoire();
        }
        memoire = StockageConfiguration.s3(reglages(serveurMemoire, bucket, DataSize.ofMegabytes(5)));
        memoire.client().createBucket(b -> b.bucket(bucket));
        return memoire;
    }

    @Override
    Stockage stockage() {
        return stockage;
    }

    @Override
    List<String> memeStockageDepuisUnAutreProcessus() {
        return List.of("s3", serveur.endpoint(), bucket);
    }

    @Override
    List<String> toutCeQuiExiste() {
        // every object of every bucket, whatever its key, but the folder markers the filesystem backend lists
        return client.listBuckets().buckets().stream()
                .flatMap(b -> client.listObjectsV2Paginator(r -> r.bucket(b.name())).contents().stream())
                .map(S3Object::key).filter(c -> !c.endsWith("/")).sorted().toList();
    }

    @Test
    void une_liste_longue_se_lit_page_par_page() {
        S3Stockage paginee = new S3Stockage(clientDe(stockage), bucket, S3Stockage.TAILLE_PARTIE_MIN, 10);
        List<String> cles = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            cles.add("pages/f-" + (100 + i) + ".txt");
            paginee.ecrire(cles.getLast(), new byte[] {(byte) i});
        }

        assertThat(cles(paginee, "pages/")).containsExactlyElementsOf(cles);
        assertThat(cles(paginee, "pages/f-11")).hasSize(10).allMatch(c -> c.startsWith("pages/f-11"));
    }

    @Test
    void un_grand_flux_part_en_plusieurs_parties_sans_envoi_laisse_ouvert() throws Exception {
        String cle = "exports/multipart.bin";
        stockage.ecrire(cle, new FluxGenere(3, 12L * 1024 * 1024));

        // the ETag of a multipart upload's object names its number of parts: 5 MB, 5 MB, 2 MB
        assertThat(client.headObject(b -> b.bucket(bucket).key(cle)).eTag()).endsWith("-3\"");
        assertThat(FluxGenere.sha256(stockage.ouvrir(cle).orElseThrow()))
                .isEqualTo(FluxGenere.sha256(3, 12L * 1024 * 1024));
        assertThat(client.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }

    private static S3Client clientDe(S3Stockage stockage) {
        return stockage.client();
    }
}
