package fr.sne.commun.stockage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The storage of produced files, by {@code sne.stockage.type} (ADR 0018): a data folder, {@code sne.stockage.dossier}
 * ({@code ${SNE_DATA_DIR}/stockage} in the local run; a temporary folder when empty, as in the tests), or a bucket
 * of an S3-compatible object store, {@code sne.stockage.s3.*} (the {@code prod} profile).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StockageProperties.class)
public class StockageConfiguration {

    @Bean
    Stockage stockage(StockageProperties proprietes) throws IOException {
        return switch (proprietes.type()) {
            case DOSSIER -> new DossierStockage(proprietes.dossier() == null || proprietes.dossier().isBlank()
                    ? Files.createTempDirectory("sne-stockage-") : Path.of(proprietes.dossier()));
            case S3 -> s3(proprietes.s3());
        };
    }

    /** The object store's storage of these settings; refuses them without a bucket. */
    public static S3Stockage s3(StockageProperties.S3 s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("sne.stockage.s3.bucket (SNE_STOCKAGE_S3_BUCKET) est requis quand "
                    + "sne.stockage.type vaut s3");
        }
        AwsCredentialsProvider identifiants = s3.cleAcces() == null || s3.cleAcces().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.cleAcces(),
                        s3.cleSecrete() == null ? "" : s3.cleSecrete()));
        S3ClientBuilder client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .credentialsProvider(identifiants)
                .forcePathStyle(s3.accesParChemin())
                // checksums only where the API requires one: S3-compatible stores do not all take the trailing
                // checksums the SDK adds by default; the SHA-256 of a write is computed here anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            client.endpointOverride(URI.create(s3.endpoint().strip()));
        }
        long partie = s3.taillePartie().toBytes();
        if (partie > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("sne.stockage.s3.taille-partie trop grande : " + s3.taillePartie());
        }
        return new S3Stockage(client.build(), s3.bucket(), (int) partie);
    }
}
