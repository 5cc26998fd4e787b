import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the bench pieces (bench/pieces/run.sh): C clients lodge pieces of about T bytes, each a distinct
 * one-page PDF (a content stream of random bytes, written by hand: header, objects, cross-reference table, trailer),
 * by multipart POST /v1.0/demandes/{numero}/pieces (category RESSOURCES), one per demande of the list given, first
 * W to warm up, then N measured. With --brut the header X-Sne-Bench: depot-brut sends each to the baseline handler of
 * the same path, which only streams the part's bytes to the store. Any answer other than 201 stops the run.
 * Prints one line: requests, seconds, requests/s, MB/s, p50, p95, p99 (ms).
 *
 * Usage: java ChargeDepots.java --base URL --client ID --secret S --numeros FILE [--clients 16] [--w 160] [--n 800]
 *                               [--taille 1048576] [--brut]
 */
public class ChargeDepots {

    public static void main(String[] args) throws Exception {
        String base = null, client = null, secret = null;
        Path fichierNumeros = null;
        int clients = 16, w = 160, n = 800, taille = 1 << 20;
        boolean brut = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--client" -> client = args[++i];
                case "--secret" -> secret = args[++i];
                case "--numeros" -> fichierNumeros = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--w" -> w = Integer.parseInt(args[++i]);
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--taille" -> taille = Integer.parseInt(args[++i]);
                case "--brut" -> brut = true;
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<String> numeros = Files.readAllLines(fichierNumeros).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (numeros.size() < w + n) {
            throw new IllegalArgumentException(numeros.size() + " demandes for " + (w + n) + " lodgings");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> jeton = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(jeton.body());
        if (jeton.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + jeton.statusCode() + " " + jeton.body());
        }
        String bearer = "Bearer " + m.group(1);
        long[] latences = new long[n];
        phase(http, base, bearer, numeros.subList(0, w), clients, taille, brut, null);
        long t0 = System.nanoTime();
        phase(http, base, bearer, numeros.subList(w, w + n), clients, taille, brut, latences);
        double secondes = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latences);
        System.out.printf(java.util.Locale.ROOT,
                "requetes=%d duree=%.3fs debit=%.1f/s mo_s=%.1f p50=%.1f p95=%.1f p99=%.1f%n", n, secondes,
                n / secondes, (double) n * taille / secondes / 1e6, latences[n / 2] / 1e6,
                latences[(int) Math.ceil(n * 0.95) - 1] / 1e6, latences[(int) Math.ceil(n * 0.99) - 1] / 1e6);
    }

    private static void phase(HttpClient http, String base, String bearer, List<String> numeros, int clients,
            int taille, boolean brut, long[] latences) throws Exception {
        AtomicInteger suivant = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> taches = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                taches.add(pool.submit(() -> {
                    for (int i; (i = suivant.getAndIncrement()) < numeros.size(); ) {
                        String limite = "sne-bench-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
                        byte[] corps = multipart(limite, pdf(taille));
                        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + "/v1.0/demandes/"
                                + numeros.get(i) + "/pieces")).header("Authorization", bearer)
                                .header("Content-Type", "multipart/form-data; boundary=" + limite)
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(corps));
                        if (brut) {
                            requete.header("X-Sne-Bench", "depot-brut");
                        }
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
                        if (latences != null) {
                            latences[i] = System.nanoTime() - t;
                        }
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException(numeros.get(i) + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> t : taches) {
                t.get();
            }
        }
    }

    private static byte[] multipart(String limite, byte[] pdf) {
        ByteArrayOutputStream corps = new ByteArrayOutputStream(pdf.length + 512);
        corps.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"categorie\"\r\n\r\nRESSOURCES\r\n"
                + "--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"piece.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        corps.writeBytes(pdf);
        corps.writeBytes(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return corps.toByteArray();
    }

    /** A valid one-page PDF of about {@code taille} bytes, its content stream random (so each one is distinct). */
    static byte[] pdf(int taille) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(taille + 1024);
        List<Integer> positions = new ArrayList<>();
        pdf.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] objets = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"};
        for (int i = 0; i < objets.length; i++) {
            positions.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objets[i] + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] flux = new byte[Math.max(16, taille - 600)];
        ThreadLocalRandom.current().nextBytes(flux);
        positions.add(pdf.size());
        pdf.writeBytes(("4 0 obj\n<< /Length " + flux.length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(flux);
        pdf.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int p : positions) {
            table.append(String.format("%010d 00000 n \n", p));
        }
        table.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }
}
