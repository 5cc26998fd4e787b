import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load generator for the writes of the attribution chain (POST with a JSON body): C clients, each on its own
 * keep-alive connection, one request at a time; each line of the file is one request, "path TAB body", used once
 * (a decision is taken once per candidate): the first W lines warm up, the next N are timed; only the expected
 * status is timed, every status is counted. Prints the same line as ChargeEnregistrement. Java 25 source program
 * (the launcher compiles ChargeEnregistrement.java and ConnexionHttp.java beside it), standard
 * library only:
 *
 *   java bench/ecriture/ChargeDecisions.java --base http://localhost:8196 --requetes r.tsv \
 *        --echauffement 200 --n 2000 --c 16 --client demo-g5901 --attendu 201
 */
public class ChargeDecisions {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8196", "--c", "16",
                "--echauffement", "200", "--n", "2000", "--client", "demo-g5901", "--attendu", "201"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String base = o.get("--base");
        List<String> lignes = Files.readAllLines(Path.of(o.get("--requetes"))).stream()
                .filter(ligne -> !ligne.isBlank()).toList();
        int w = Integer.parseInt(o.get("--echauffement"));
        int n = Integer.parseInt(o.get("--n"));
        if (lignes.size() < w + n) {
            throw new IllegalArgumentException(lignes.size() + " requests for " + w + " + " + n);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String jeton = ChargeEnregistrement.jeton(http, base, o.get("--client"), o.get("--client") + "-secret");
        URI uri = URI.create(base);
        int c = Integer.parseInt(o.get("--c"));
        int attendu = Integer.parseInt(o.get("--attendu"));
        ChargeEnregistrement.lancer(uri, requetes(uri, jeton, lignes.subList(0, w)), c, attendu);
        ChargeEnregistrement.mesurer(uri, requetes(uri, jeton, lignes.subList(w, w + n)), c, attendu);
    }

    static List<byte[]> requetes(URI base, String jeton, List<String> lignes) {
        List<byte[]> requetes = new ArrayList<>(lignes.size());
        for (String ligne : lignes) {
            int tab = ligne.indexOf('\t');
            Map<String, String> enTetes = new LinkedHashMap<>();
            enTetes.put("Authorization", "Bearer " + jeton);
            enTetes.put("Content-Type", "application/json");
            enTetes.put("Accept", "application/json");
            requetes.add(ConnexionHttp.requete("POST", base, ligne.substring(0, tab), enTetes,
                    ligne.substring(tab + 1).getBytes(StandardCharsets.UTF_8)));
        }
        return requetes;
    }
}
