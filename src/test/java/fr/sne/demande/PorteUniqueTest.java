package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nothing outside the one door writes the demande's rows, its persons or its movements: a scan of the SQL in the
 * main code (string literals and text blocks alike) for a statement that writes {@code demande},
 * {@code demande_personne} or {@code mouvement} ({@code insert}, {@code update}, {@code delete}, {@code copy},
 * {@code truncate}, {@code merge}), or names one of them as the target of a column list (a {@code COPY} built from
 * pieces), anywhere but in the door's classes ({@code JournalDemandes}, its set-based methods
 * {@code JournalDemandesEnLots}, its bulk loader {@code ChargementDemandes}) and the Flyway Java migrations (the
 * schema's own history).
 */
class PorteUniqueTest {

    static final Path SOURCES = Path.of("src/main/java");

    static final Set<String> PORTE = Set.of(
            "fr/sne/demande/infrastructure/JournalDemandes.java",
            "fr/sne/demande/infrastructure/JournalDemandesEnLots.java",
            "fr/sne/demande/infrastructure/ChargementDemandes.java");

    static final String TABLES = "(?:demande|demande_personne|mouvement)(?![\\w.])";

    /** A statement writing one of the tables. */
    static final Pattern ECRITURE = Pattern.compile("(?i)\\b(?:insert\\s+into|update(?:\\s+only)?|delete\\s+from"
            + "(?:\\s+only)?|copy|truncate(?:\\s+table)?|merge\\s+into)\\s+" + TABLES);

    /** A literal opening on one of the tables and a column list: the target of an insert or a COPY built apart. */
    static final Pattern CIBLE = Pattern.compile("\"(?:\"\")?\\s*" + TABLES + "\\s*\\(\\s*[a-z_]+\\s*,");

    @Test
    void seule_la_porte_ecrit_les_demandes_leurs_personnes_et_leurs_mouvements() throws IOException {
        assertThat(ecrituresHorsPorte(SOURCES)).isEmpty();
    }

    @Test
    void le_controle_voit_une_ecriture_hors_de_la_porte() throws IOException {
        Path racine = Files.createTempDirectory("porte");
        Path fichier = racine.resolve("fr/sne/demande/traitement/Passe.java");
        Files.createDirectories(fichier.getParent());
        Files.writeString(fichier, """
                class Passe {
                    String a = \"""
                            update demande d
                               set statut = 'RADIEE'\""";
                    String b = "DELETE FROM demande_personne where demande_id = ?";
                    String c = "insert into  mouvement (type) values (?)";
                    String d = \"""
                            mouvement (id, type, contenu)\""";
                    String e = "update demande_commune set rang = 1";
                    String f = "update avis_renouvellement set adresse_courriel = null from demande d";
                    String g = "Seul un guichet enregistreur enregistre une demande (article L441-2-1 du CCH)";
                }
                """);
        Files.writeString(racine.resolve("V99__Migration.java"), "String s = \"update demande set version = 0\";");
        assertThat(ecrituresHorsPorte(racine)).containsExactly(
                "fr/sne/demande/traitement/Passe.java:3: update demande",
                "fr/sne/demande/traitement/Passe.java:5: DELETE FROM demande_personne",
                "fr/sne/demande/traitement/Passe.java:6: insert into  mouvement",
                "fr/sne/demande/traitement/Passe.java:7: \"\"\"\n            mouvement (id,");
    }

    /** Every write found outside the door: file, line, what was found. */
    static List<String> ecrituresHorsPorte(Path racine) throws IOException {
        List<String> trouvees = new ArrayList<>();
        try (Stream<Path> fichiers = Files.walk(racine)) {
            for (Path fichier : fichiers.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relatif = racine.relativize(fichier).toString().replace('\\', '/');
                if (PORTE.contains(relatif) || fichier.getFileName().toString().matches("V\\d+__.*\\.java")) {
                    continue;
                }
                String texte = Files.readString(fichier, StandardCharsets.UTF_8);
                for (Pattern motif : List.of(ECRITURE, CIBLE)) {
                    Matcher m = motif.matcher(texte);
                    while (m.find()) {
                        int ligne = (int) texte.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        trouvees.add(relatif + ":" + ligne + ": " + m.group());
                    }
                }
            }
        }
        return trouvees.stream().sorted().toList();
    }
}
