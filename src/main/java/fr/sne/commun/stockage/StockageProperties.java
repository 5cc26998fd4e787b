package fr.sne.commun.stockage;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the storage of produced files ({@code sne.stockage.*}; ADR 0018).
 *
 * @param type    {@code dossier} (a data folder: the embedded default) or {@code s3} (an S3-compatible object
 *                store: production)
 * @param dossier the data folder; empty: a temporary folder (the tests)
 * @param s3      the object store
 */
@ConfigurationProperties("sne.stockage")
public record StockageProperties(@DefaultValue("dossier") Type type, @Nullable String dossier,
        @DefaultValue S3 s3) {

    public enum Type {
        DOSSIER, S3
    }

    /**
     * @param endpoint       the store's URL ({@code https://s3.fr-par.scw.cloud}...); empty: AWS's own for the region
     * @param region         the region the requests are signed for
     * @param bucket         the bucket (it must exist; required)
     * @param cleAcces       the access key; empty: the SDK's default credentials (environment, instance role)
     * @param cleSecrete     its secret
     * @param accesParChemin path-style URLs ({@code endpoint/bucket/key}), as most S3-compatible stores want
     * @param taillePartie   the size of a part of a multipart upload (at least 5 MB): the heap a write holds
     */
    public record S3(@Nullable String endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
            @Nullable String cleAcces, @Nullable String cleSecrete, @DefaultValue("true") boolean accesParChemin,
            @DefaultValue("16MB") DataSize taillePartie) {
    }
}
