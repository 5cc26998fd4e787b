package fr.sne.demande.application.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.referentiel.internal.NomenclaturesCsv;
import fr.sne.referentiel.internal.ReferentielGeographiqueCsv;
import fr.sne.referentiel.internal.ReferentielPaysCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invalid samples published beside the valid one ({@code docs/exemples/invalides/*.json}: a description,
 * the expected errors as {@code champ:CODE}, and the demande) give exactly their expected errors when a guichet
 * of the Nord (G5901) registers them; the valid sample gives none.
 */
class ExemplesInvalidesTest {

    static final Path DOSSIER = Path.of("docs/exemples/invalides");
    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 25);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static RegleEnregistrement regles;

    @BeforeAll
    static void referentiels() {
        regles = new RegleEnregistrement(new ValidationContenu(new ReferentielGeographiqueCsv(),
                new ReferentielPaysCsv(), new NomenclaturesCsv()));
    }

    static List<Path> exemples() throws IOException {
        try (Stream<Path> fichiers = Files.list(DOSSIER)) {
            List<Path> exemples = fichiers.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(exemples).hasSizeGreaterThanOrEqualTo(5);
            return exemples;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemples")
    void chaque_exemple_invalide_donne_exactement_ses_erreurs(Path fichier) {
        JsonNode exemple = JSON.readTree(fichier.toFile());
        List<String> attendus = exemple.get("attendus").valueStream().map(JsonNode::asString).toList();
        assertThat(attendus).isNotEmpty();

        Resultat<ContenuValide> resultat = enregistrer(exemple.get("demande"));

        assertThat(resultat.erreurs().stream().map(e -> e.champ() + ":" + e.code()).toList())
                .containsExactlyInAnyOrderElementsOf(attendus);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemples")
    void chaque_exemple_est_decrit_et_l_exemple_valide_passe_les_memes_regles(Path fichier) {
        JsonNode valide = JSON.readTree(Path.of("docs/exemples/demande-nord.json").toFile());
        assertThat(enregistrer(valide)).isInstanceOf(Resultat.Valide.class);
        assertThat(JSON.readTree(fichier.toFile()).get("description").asString()).isNotBlank();
    }

    private static Resultat<ContenuValide> enregistrer(JsonNode demande) {
        return regles.verifier(JSON.treeToValue(demande, ContenuDemande.class), new CodeGuichet("G5901"), "059",
                AUJOURDHUI);
    }
}
