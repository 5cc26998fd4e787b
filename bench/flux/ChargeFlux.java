import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One vendor's client of the movement feed (bench/flux/run.sh): takes a token by client credentials, then pages
 * GET /v1.0/mouvements with the cursor (limite L) from the first movement until it has read N movements or the
 * feed is up to date. Each answer is streamed once through a small JSON scanner (strings and escapes respected)
 * that counts the movements (the objects of the top-level array) and keeps the body's tail, where
 * curseurSuivant and aJour are; nothing is parsed into objects, so the client leaves the CPU to the server.
 * Prints one line: movements, pages, bytes, seconds, movements/s, MB/s and the client's own CPU.
 *
 * With --forme compacte, the page's demandes come once each in the member "demandes" (an object, whose members are
 * not counted).
 *
 * Usage: java ChargeFlux.java --base URL --client ID --secret S [--limite 10000] [--n 1000000] [--communes C,..]
 *                             [--forme complete|compacte]
 */
public class ChargeFlux {

    private static final Pattern CURSEUR = Pattern.compile("\"curseurSuivant\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern A_JOUR = Pattern.compile("\"aJour\"\\s*:\\s*(true|false)");

    public static void main(String[] args) throws Exception {
        String base = null, client = null, secret = null, communes = null, forme = null;
        int limite = 10_000;
        long n = 1_000_000;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--base" -> base = args[i + 1];
                case "--client" -> client = args[i + 1];
                case "--secret" -> secret = args[i + 1];
                case "--limite" -> limite = Integer.parseInt(args[i + 1]);
                case "--n" -> n = Long.parseLong(args[i + 1]);
                case "--communes" -> communes = args[i + 1];
                case "--forme" -> forme = args[i + 1];
                default -> throw new IllegalArgumentException(args[i]);
            }
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
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = cpu.getProcessCpuTime();
        long t0 = System.nanoTime();
        long mouvements = 0, pages = 0, octets = 0;
        String curseur = null;
        boolean aJour = false;
        while (mouvements < n && !aJour) {
            StringBuilder url = new StringBuilder(base).append("/v1.0/mouvements?limite=").append(limite);
            if (communes != null) {
                url.append("&communes=").append(communes);
            }
            if (forme != null) {
                url.append("&forme=").append(forme);
            }
            if (curseur != null) {
                url.append("&curseur=").append(URLEncoder.encode(curseur, StandardCharsets.UTF_8));
            }
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Authorization", bearer).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Lecture lu = Lecture.de(r.body());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("page " + pages + ": " + r.statusCode() + " " + lu.queue);
            }
            Matcher c = CURSEUR.matcher(lu.queue);
            Matcher a = A_JOUR.matcher(lu.queue);
            if (!c.find() || !a.find()) {
                throw new IllegalStateException("no curseurSuivant/aJour at the end of page " + pages);
            }
            curseur = c.group(1);
            aJour = Boolean.parseBoolean(a.group(1));
            mouvements += lu.objets;
            octets += lu.octets;
            pages++;
        }
        double secondes = (System.nanoTime() - t0) / 1e9;
        double cpuS = (cpu.getProcessCpuTime() - cpu0) / 1e9;
        int coeurs = Runtime.getRuntime().availableProcessors();
        System.out.printf(java.util.Locale.ROOT,
                "mouvements=%d pages=%d octets=%d duree=%.3fs debit=%.0f/s mo_s=%.1f aJour=%s cpu=%.2fs "
                        + "cpu_part=%.1f%% coeurs=%d%n", mouvements, pages, octets, secondes, mouvements / secondes,
                octets / secondes / 1e6, aJour, cpuS, 100 * cpuS / secondes / coeurs, coeurs);
    }

    /** One answer read: the objects of the top-level array counted, the bytes, and the last 2 KB as text. */
    record Lecture(long objets, long octets, String queue) {

        static Lecture de(InputStream corps) throws Exception {
            byte[] tampon = new byte[256 * 1024];
            byte[] queue = new byte[2048];
            int fin = 0;
            long total = 0, objets = 0;
            int profondeur = 0;
            boolean chaine = false, echappe = false;
            boolean tableau = false; // whether the container opened at depth 1 is an array (mouvements)
            try (corps) {
                for (int lus; (lus = corps.read(tampon)) > 0; ) {
                    for (int i = 0; i < lus; i++) {
                        byte b = tampon[i];
                        if (chaine) {
                            if (echappe) {
                                echappe = false;
                            } else if (b == '\\') {
                                echappe = true;
                            } else if (b == '"') {
                                chaine = false;
                            }
                        } else if (b == '"') {
                            chaine = true;
                        } else if (b == '{' || b == '[') {
                            if (profondeur == 1) {
                                tableau = b == '[';
                            }
                            if (b == '{' && profondeur == 2 && tableau) {
                                objets++;
                            }
                            profondeur++;
                        } else if (b == '}' || b == ']') {
                            profondeur--;
                        }
                    }
                    total += lus;
                    if (lus >= queue.length) {
                        System.arraycopy(tampon, lus - queue.length, queue, 0, queue.length);
                        fin = queue.length;
                    } else {
                        int garde = Math.min(fin, queue.length - lus);
                        System.arraycopy(queue, fin - garde, queue, 0, garde);
                        System.arraycopy(tampon, 0, queue, garde, lus);
                        fin = garde + lus;
                    }
                }
            }
            return new Lecture(objets, total, new String(queue, 0, fin, StandardCharsets.UTF_8));
        }
    }
}
