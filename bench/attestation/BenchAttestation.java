package fr.sne.demande.attestation;

import static fr.sne.bench.LigneResultat.nombre;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import fr.sne.commun.document.GenerateurPdf;

/**
 * Render time of one attestation: the template renderer (Thymeleaf + openhtmltopdf, PDF/UA, embedded fonts) against
 * the former hand-made PDFBox layout (standard fonts), both in the same JVM on the same data; then against the bare
 * I/O of its bytes (written to a file and forced to disk). Each figure is printed as a {@code RESULTAT} line too
 * (contract in bench/README.md). Run by run.sh.
 */
public class BenchAttestation {

    interface Rendu {
        byte[] generer(DonneesAttestation d);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        DonneesAttestation d = DonneesAttestationBuilder.uneAttestation().build();
        GenerateurAttestation nouveau = new GenerateurAttestation(new GenerateurPdf());
        bench.ancien.GenerateurAttestation ancien = new bench.ancien.GenerateurAttestation();
        // warm-up, alternating so that neither profits from the other's JIT work
        for (int i = 0; i < Math.max(20, n / 5); i++) {
            nouveau.generer(d);
            ancien.generer(d);
        }
        long tAncien = 0;
        long tNouveau = 0;
        int octetsAncien = 0;
        int octetsNouveau = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            octetsAncien = ancien.generer(d).length;
            long t1 = System.nanoTime();
            octetsNouveau = nouveau.generer(d).length;
            long t2 = System.nanoTime();
            tAncien += t1 - t0;
            tNouveau += t2 - t1;
        }
        double msAncien = tAncien / 1e6 / n;
        double msNouveau = tNouveau / 1e6 / n;
        System.out.printf("attestations: %d each, same data, same JVM%n", n);
        System.out.printf("former PDFBox layout (baseline): %.2f ms/attestation, %d bytes%n", msAncien, octetsAncien);
        System.out.printf("template -> PDF/UA:              %.2f ms/attestation, %d bytes%n", msNouveau, octetsNouveau);
        System.out.printf("ratio: %.1f x%n", msNouveau / msAncien);
        resultat("render time of one attestation, template renderer (Thymeleaf + openhtmltopdf, PDF/UA, embedded"
                + " fonts)", msNouveau, "the former hand-made PDFBox layout (standard fonts), same data, same JVM",
                msAncien, "mean of %d each, interleaved; %,d bytes against %,d".formatted(n, octetsNouveau,
                        octetsAncien));

        // the bare I/O underneath: the same bytes written to a file and forced to disk
        byte[] octets = nouveau.generer(d);
        Path fichier = Files.createTempFile("attestation-", ".pdf");
        long tEcriture = 0;
        try {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                try (FileChannel sortie = FileChannel.open(fichier, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    sortie.write(ByteBuffer.wrap(octets));
                    sortie.force(true);
                }
                tEcriture += System.nanoTime() - t0;
            }
        } finally {
            Files.delete(fichier);
        }
        double msEcriture = tEcriture / 1e6 / n;
        System.out.printf("writing its %d bytes to a file (forced): %.3f ms; ratio %.1f x%n", octets.length,
                msEcriture, msNouveau / msEcriture);
        resultat("render time of one attestation, template renderer (PDF/UA)", msNouveau,
                "writing its bytes to a file and forcing them to disk", msEcriture,
                "mean of %d writes of %,d bytes".formatted(n, octets.length));
    }

    /** One figure, as the suite reads it (bench/README.md): a time, lower is better. */
    static void resultat(String mesure, double valeur, String base, double valeurBase, String details) {
        System.out.println("RESULTAT {\"bench\":\"attestation\",\"mesure\":\"" + mesure + "\",\"valeur\":"
                + nombre(valeur) + ",\"unite\":\"ms\",\"sens\":\"temps\",\"base\":\"" + base
                + "\",\"valeurBase\":" + nombre(valeurBase) + ",\"details\":\"" + details + "\"}");
    }

}
