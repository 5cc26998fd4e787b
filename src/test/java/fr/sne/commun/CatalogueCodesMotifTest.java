package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every reason code the registry can answer is in {@link CodeMotif}, and every entry of the catalogue is
 * answered somewhere: the main sources are scanned for string literals that look like codes.
 */
class CatalogueCodesMotifTest {

    /** Upper-case literals of the main sources that are not reason codes, each with why. */
    private static final Map<String, String> PAS_DES_CODES = Map.of(
            "PT30M", "an ISO-8601 duration",
            "ROLE_", "Spring Security's authority prefix",
            "SCOPE_", "Spring Security's scope prefix",
            "EXPLOITATION", "an OAuth scope",
            "ADMINISTRATION", "an OAuth scope (an API client's portée)",
            "GUICHET_ACTIF", "an authority granted to an active guichet",
            "DEMANDEUR", "a person's role in a stored demande",
            "CO_DEMANDEUR", "a person's role in a stored demande",
            "PERSONNE_A_CHARGE", "a person's role in a stored demande",
            "BAILLEUR", "a guichet's type (social landlord), who alone radiates for motives a and d");

    private static final Pattern LITTERAL = Pattern.compile("\"([A-Z][A-Z0-9_]{4,})\"");
    private static final Pattern REFERENCE = Pattern.compile("CodeMotif\\.([A-Z][A-Z0-9_]+)");

    private static final Pattern COMMENTAIRE = Pattern.compile("/\\*\\*?\\s.*?\\*/", Pattern.DOTALL);

    static String sources;

    @BeforeAll
    static void lireLesSources() throws IOException {
        try (Stream<Path> fichiers = Files.walk(Path.of("src/main/java"))) {
            sources = fichiers.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("CodeMotif.java"))
                    .map(CatalogueCodesMotifTest::lire)
                    .map(source -> COMMENTAIRE.matcher(source).replaceAll(""))
                    .flatMap(String::lines)
                    .filter(ligne -> !ligne.strip().startsWith("*") && !ligne.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void chaque_code_ecrit_dans_le_code_est_au_catalogue() {
        Set<String> catalogue = Arrays.stream(CodeMotif.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> horsCatalogue = new TreeSet<>();
        Matcher m = LITTERAL.matcher(sources);
        while (m.find()) {
            if (!catalogue.contains(m.group(1)) && !PAS_DES_CODES.containsKey(m.group(1))) {
                horsCatalogue.add(m.group(1));
            }
        }
        assertThat(horsCatalogue).as("codes à ajouter à CodeMotif (ou à écrire CodeMotif.X)").isEmpty();
    }

    @Test
    void chaque_code_du_catalogue_sert() {
        Set<String> utilises = new TreeSet<>();
        Stream.of(LITTERAL, REFERENCE).forEach(motif -> {
            Matcher m = motif.matcher(sources);
            while (m.find()) {
                utilises.add(m.group(1));
            }
        });
        assertThat(Arrays.stream(CodeMotif.values()).map(Enum::name).filter(code -> !utilises.contains(code)))
                .as("codes du catalogue que rien n'emploie").isEmpty();
    }

    @Test
    void un_message_remplit_chaque_parametre_et_refuse_d_en_laisser_un_vide() {
        assertThat(CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", "59999")))
                .isEqualTo("Code commune INSEE inconnu : 59999.");
        assertThat(CodeMotif.OBLIGATOIRE.message()).isEqualTo(CodeMotif.OBLIGATOIRE.modele());
        assertThatThrownBy(() -> CodeMotif.COMMUNE_INCONNUE.message()).isInstanceOf(IllegalArgumentException.class);
    }

    private static String lire(Path fichier) {
        try {
            return Files.readString(fichier);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
