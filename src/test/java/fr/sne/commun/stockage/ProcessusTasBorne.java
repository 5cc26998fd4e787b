package fr.sne.commun.stockage;

import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

/**
 * Run in a JVM of its own with a small heap by {@link ContratStockage}: writes a generated stream larger than that
 * heap to a storage, reads it back by blocks, and prints both SHA-256 (or dies of {@link OutOfMemoryError}).
 * Arguments: {@code dossier <folder> <size>} or {@code s3 <endpoint> <bucket> <size>}.
 */
public final class ProcessusTasBorne {

    private ProcessusTasBorne() {
    }

    public static void main(String[] arguments) throws Exception {
        Stockage stockage;
        long taille;
        if (arguments[0].equals("dossier")) {
            stockage = new DossierStockage(Path.of(arguments[1]));
            taille = Long.parseLong(arguments[2]);
        } else {
            stockage = StockageConfiguration.s3(new StockageProperties.S3(arguments[1], "us-east-1", arguments[2],
                    S3ProxyEssai.CLE_ACCES, S3ProxyEssai.CLE_SECRETE, true, DataSize.ofMegabytes(5)));
            taille = Long.parseLong(arguments[3]);
        }
        Ecriture ecriture = stockage.ecrire("tas-borne/grand.bin", new FluxGenere(99, taille));
        String relu = FluxGenere.sha256(stockage.ouvrir("tas-borne/grand.bin").orElseThrow());
        System.out.println("ecrit " + ecriture.taille() + " " + ecriture.sha256());
        System.out.println("relu " + relu);
        System.out.println("tas-max " + Runtime.getRuntime().maxMemory());
        if (stockage instanceof AutoCloseable fermable) {
            fermable.close();
        }
    }
}
