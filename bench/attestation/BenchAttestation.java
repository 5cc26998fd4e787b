package fr.sne.demande.attestation;

import fr.sne.commun.document.GenerateurPdf;

/**
 * Render time of one attestation: the template renderer (Thymeleaf + openhtmltopdf, PDF/UA, embedded fonts) against
 * the former hand-made PDFBox layout (standard fonts), both in the same JVM on the same data. Run by run.sh.
 */
public class BenchAttestation {

    interface Rendu {
        byte[] generer(DonneesAttestation d);
    }

    public static void main(String[] args) {
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
    }
}
