package fr.sne.commun.stockage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.filesystem.FilesystemApiMetadata;
import org.jclouds.filesystem.reference.FilesystemConstants;

/**
 * An S3 server in the tests' JVM: S3Proxy on a free loopback port, checking the requests' signatures with the
 * keys {@link #CLE_ACCES} and {@link #CLE_SECRETE}, in front of a jclouds backend (a folder, or memory).
 */
public final class S3ProxyEssai implements AutoCloseable {

    public static final String CLE_ACCES = "sne-essai";
    public static final String CLE_SECRETE = "secret-d-essai";

    private final BlobStoreContext magasin;
    private final S3Proxy serveur;

    private S3ProxyEssai(BlobStoreContext magasin) throws Exception {
        this.magasin = magasin;
        this.serveur = S3Proxy.builder().blobStore(magasin.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, CLE_ACCES, CLE_SECRETE).build();
        serveur.start();
        long limite = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(serveur.getState())) {
            if (System.nanoTime() > limite) {
                throw new IllegalStateException("S3Proxy n'a pas démarré : " + serveur.getState());
            }
            Thread.sleep(10);
        }
    }

    /**
     * With the filesystem backend, in this folder. The backend is named by its metadata: a lookup by name would
     * load every backend S3Proxy declares, Azure's among them, whose SDK the build leaves out.
     */
    public static S3ProxyEssai surDisque(Path dossier) throws Exception {
        Properties proprietes = new Properties();
        proprietes.setProperty(FilesystemConstants.PROPERTY_BASEDIR, dossier.toString());
        return new S3ProxyEssai(ContextBuilder.newBuilder(new FilesystemApiMetadata()).overrides(proprietes)
                .build(BlobStoreContext.class));
    }

    /** With jclouds' in-memory backend. */
    public static S3ProxyEssai enMemoire() throws Exception {
        return new S3ProxyEssai(ContextBuilder.newBuilder(new TransientApiMetadata()).build(BlobStoreContext.class));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + serveur.getPort();
    }

    public void creerBucket(String bucket) {
        magasin.getBlobStore().createContainerInLocation(null, bucket);
    }

    public void supprimerBucket(String bucket) {
        magasin.getBlobStore().deleteContainer(bucket);
    }

    /** Whether the server holds this object, asked of its backend directly. */
    public boolean contient(String bucket, String cle) {
        return magasin.getBlobStore().blobExists(bucket, cle);
    }

    @Override
    public void close() throws Exception {
        serveur.stop();
        magasin.close();
    }
}
