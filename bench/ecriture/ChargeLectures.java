import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load generator for the API's reads (GET): C clients, each on its own keep-alive connection
 * ({@link ConnexionHttp}), one request at a time, through the given paths in turn (a file, one path a line: e.g.
 * /v1.0/demandes/{numero}, /v1.0/doublons?...), spread over the given API clients. Requests are built before the
 * clock; a warm-up is not counted; only answers 200 are timed, every status is counted. Prints the same line as
 * ChargeEnregistrement (throughput, percentiles, statuses, this program's own CPU). Java 25 source program (the
 * launcher compiles ChargeEnregistrement.java and ConnexionHttp.java beside it), standard library only:
 *
 *   nice -n 10 java bench/ecriture/ChargeLectures.java --base http://localhost:8196 --chemins paths.txt --n 5000
 */
public class ChargeLectures {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8196", "--n", "5000",
                "--c", "16", "--echauffement", "1000", "--clients", "demo-g5901,demo-g5902"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String base = o.get("--base");
        List<String> chemins = Files.readAllLines(Path.of(o.get("--chemins"))).stream()
                .filter(ligne -> !ligne.isBlank()).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> jetons = new ArrayList<>();
        for (String client : o.get("--clients").split(",")) {
            jetons.add(ChargeEnregistrement.jeton(http, base, client, client + "-secret"));
        }
        int c = Integer.parseInt(o.get("--c"));
        URI uri = URI.create(base);
        ChargeEnregistrement.lancer(uri, requetes(uri, jetons, chemins, Integer.parseInt(o.get("--echauffement"))),
                c, 200);
        ChargeEnregistrement.mesurer(uri, requetes(uri, jetons, chemins, Integer.parseInt(o.get("--n"))), c, 200);
    }

    static List<byte[]> requetes(URI base, List<String> jetons, List<String> chemins, int n) {
        List<byte[]> requetes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> enTetes = new LinkedHashMap<>();
            enTetes.put("Authorization", "Bearer " + jetons.get(i % jetons.size()));
            enTetes.put("Accept", "application/json");
            requetes.add(ConnexionHttp.requete("GET", base, chemins.get(i % chemins.size()), enTetes, null));
        }
        return requetes;
    }
}
