package fr.sne.commun.stockage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link Stockage} in a bucket of an S3-compatible object store (production; ADR 0018), the key being the
 * object's key. A write of up to one part ({@code taillePartie} bytes) is one {@code PutObject}; a longer stream is
 * a multipart upload of parts of that size, read one at a time into one buffer, so the heap holds one part whatever
 * the size; the upload is aborted when the stream or a part fails. Either way the object appears whole, at the
 * {@code PutObject} or at the {@code CompleteMultipartUpload}, as the store guarantees: a reader sees the old
 * object or the new one. Listings go page by page ({@code ListObjectsV2}, 1,000 keys a page) as they are read.
 * <p>
 * The client is built by {@link StockageConfiguration#s3}: the JDK's {@code HttpURLConnection} as HTTP client,
 * path-style URLs for S3-compatible stores.
 */
public final class S3Stockage implements Stockage, AutoCloseable {

    /** The store's smallest part but the last. */
    public static final int TAILLE_PARTIE_MIN = 5 * 1024 * 1024;

    private final S3Client client;
    private final String bucket;
    private final int taillePartie;
    private final int clesParPage;

    public S3Stockage(S3Client client, String bucket, int taillePartie) {
        this(client, bucket, taillePartie, 1000);
    }

    S3Stockage(S3Client client, String bucket, int taillePartie, int clesParPage) {
        if (taillePartie < TAILLE_PARTIE_MIN) {
            throw new IllegalArgumentException("taille de partie inférieure à 5 Mio : " + taillePartie);
        }
        this.client = client;
        this.bucket = bucket;
        this.taillePartie = taillePartie;
        this.clesParPage = clesParPage;
    }

    @Override
    public Ecriture ecrire(String cle, InputStream contenu) {
        CleStockage.valider(cle);
        FluxEmpreinte source = new FluxEmpreinte(contenu);
        byte[] tampon = new byte[taillePartie];
        try {
            int lus = source.remplir(tampon);
            if (lus < tampon.length) {
                // the whole stream fitted in one part: one request
                client.putObject(b -> b.bucket(bucket).key(cle).contentLength((long) lus), corps(tampon, lus));
                return source.ecriture();
            }
            return envoyerEnParties(cle, source, tampon, lus);
        } catch (IOException e) {
            throw new UncheckedIOException("écriture de " + cle + " impossible", e);
        }
    }

    private Ecriture envoyerEnParties(String cle, FluxEmpreinte source, byte[] tampon, int premiers)
            throws IOException {
        String envoi = client.createMultipartUpload(b -> b.bucket(bucket).key(cle)).uploadId();
        try {
            List<CompletedPart> parties = new ArrayList<>();
            int lus = premiers;
            do {
                int numero = parties.size() + 1;
                int longueur = lus;
                String etag = client.uploadPart(b -> b.bucket(bucket).key(cle).uploadId(envoi).partNumber(numero)
                        .contentLength((long) longueur), corps(tampon, longueur)).eTag();
                parties.add(CompletedPart.builder().partNumber(numero).eTag(etag).build());
                lus = lus == tampon.length ? source.remplir(tampon) : 0;
            } while (lus > 0);
            client.completeMultipartUpload(b -> b.bucket(bucket).key(cle).uploadId(envoi)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parties).build()));
            return source.ecriture();
        } catch (IOException | RuntimeException e) {
            try {
                client.abortMultipartUpload(b -> b.bucket(bucket).key(cle).uploadId(envoi));
            } catch (RuntimeException f) {
                e.addSuppressed(f);
            }
            throw e;
        }
    }

    @Override
    public Optional<InputStream> ouvrir(String cle) {
        CleStockage.valider(cle);
        try {
            return Optional.of(client.getObject(b -> b.bucket(bucket).key(cle)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<InputStream> ouvrir(String cle, long debut, long longueur) {
        CleStockage.valider(cle);
        CleStockage.validerPlage(debut, longueur);
        // to the end of the file when the length goes past any size (an open range, as HTTP has it)
        String plage = "bytes=" + debut + "-" + (longueur > Long.MAX_VALUE - debut ? "" : debut + longueur - 1);
        try {
            return Optional.of(client.getObject(b -> b.bucket(bucket).key(cle).range(plage)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                throw new IllegalArgumentException("plage hors du fichier : début " + debut, e);
            }
            throw e;
        }
    }

    @Override
    public Optional<ObjetStocke> decrire(String cle) {
        CleStockage.valider(cle);
        try {
            HeadObjectResponse tete = client.headObject(b -> b.bucket(bucket).key(cle));
            return Optional.of(new ObjetStocke(cle, tete.contentLength(), tete.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Stream<ObjetStocke> lister(String prefixe) {
        CleStockage.validerPrefixe(prefixe);
        // objects this storage could not have written (a folder marker "a/" some stores list) are left out
        return client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefixe).maxKeys(clesParPage)).contents()
                .stream().filter(o -> CleStockage.estValide(o.key()))
                .map(o -> new ObjetStocke(o.key(), o.size(), o.lastModified()));
    }

    @Override
    public boolean supprimer(String cle) {
        boolean existait = decrire(cle).isPresent();
        client.deleteObject(b -> b.bucket(bucket).key(cle));
        return existait;
    }

    /** The client, for the tests. */
    S3Client client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    private static RequestBody corps(byte[] tampon, int longueur) {
        // a new stream over the same bytes at each try: no copy, and a retry or the signature may read it again
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(tampon, 0, longueur), longueur,
                "application/octet-stream");
    }
}
