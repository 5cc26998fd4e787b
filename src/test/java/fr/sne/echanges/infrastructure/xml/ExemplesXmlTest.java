package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.sne.commun.ErreurChamp;
import fr.sne.demande.application.validation.RegleEnregistrement;
import fr.sne.demande.application.validation.Resultat;
import fr.sne.demande.application.validation.ValidationContenu;
import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.echanges.application.XmlRefuseException;
import fr.sne.referentiel.internal.NomenclaturesCsv;
import fr.sne.referentiel.internal.ReferentielGeographiqueCsv;
import fr.sne.referentiel.internal.ReferentielPaysCsv;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XML samples published in {@code docs/exemples/xml}: each valid demande passes the XSD and the registration's
 * rules as a guichet of the Nord (G5901) sends it, the Nord's one carrying exactly the data of its JSON twin; the
 * page of the feed is valid against mouvement-1.0.xsd; each invalid sample gives exactly the error its line of
 * {@code invalides/attendus.csv} names (element path and code), whether the document is refused before being read
 * or by the business rules, as the API answers it.
 */
class ExemplesXmlTest {

    static final Path DOSSIER = Path.of("docs/exemples/xml");
    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 25);
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static RegleEnregistrement regles;

    @BeforeAll
    static void referentiels() {
        regles = new RegleEnregistrement(new ValidationContenu(new ReferentielGeographiqueCsv(),
                new ReferentielPaysCsv(), new NomenclaturesCsv()));
    }

    static List<Path> demandesValides() throws IOException {
        try (Stream<Path> fichiers = Files.list(DOSSIER)) {
            List<Path> valides = fichiers.filter(f -> f.getFileName().toString().startsWith("demande-")).sorted()
                    .toList();
            assertThat(valides).hasSizeGreaterThanOrEqualTo(3);
            return valides;
        }
    }

    static Map<String, String> attendus() throws IOException {
        return Files.readAllLines(DOSSIER.resolve("invalides/attendus.csv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split(";", 2))
                .collect(Collectors.toMap(l -> l[0], l -> l[1]));
    }

    static List<String> invalides() throws IOException {
        return attendus().keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demandesValides")
    void chaque_exemple_valide_passe_le_schema_et_les_regles(Path fichier) throws IOException {
        byte[] xml = Files.readAllBytes(fichier);
        XmlEssai.valider("demande-1.0.xsd", xml);
        assertThat(enregistrer(xml).erreurs()).as(fichier.toString()).isEmpty();
    }

    @Test
    void l_exemple_du_nord_porte_les_donnees_de_son_jumeau_json() throws IOException {
        ContenuDemande xml = JSON.readValue(XmlEssai.lire(Files.readAllBytes(DOSSIER.resolve("demande-nord.xml"))),
                ContenuDemande.class);
        ContenuDemande json = JSON.readValue(Path.of("docs/exemples/demande-nord.json").toFile(),
                ContenuDemande.class);
        assertThat(xml).isEqualTo(json);
    }

    @Test
    void la_page_du_flux_est_valide() throws IOException {
        XmlEssai.valider("mouvement-1.0.xsd", Files.readAllBytes(DOSSIER.resolve("page-mouvements.xml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalides")
    void chaque_exemple_invalide_donne_exactement_son_erreur(String fichier) throws IOException {
        byte[] xml = Files.readAllBytes(DOSSIER.resolve("invalides").resolve(fichier));
        List<ErreurChamp> erreurs;
        try {
            erreurs = enregistrer(xml).erreurs().stream()
                    .map(e -> new ErreurChamp(CheminsXml.traduire(e.champ()), e.code(), e.message())).toList();
        } catch (XmlRefuseException e) {
            erreurs = e.erreurs();
        }
        assertThat(erreurs.stream().map(e -> e.champ() + ";" + e.code()).toList()).as(fichier)
                .containsExactly(attendus().get(fichier));
        assertThat(erreurs.getFirst().message()).isNotBlank();
    }

    @Test
    void chaque_fichier_invalide_a_sa_ligne_d_attendus() throws IOException {
        try (Stream<Path> fichiers = Files.list(DOSSIER.resolve("invalides"))) {
            assertThat(fichiers.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml")))
                    .containsExactlyInAnyOrderElementsOf(attendus().keySet());
        }
    }

    private static Resultat<ContenuValide> enregistrer(byte[] xml) {
        return regles.verifier(JSON.readValue(XmlEssai.lire(xml), ContenuDemande.class), new CodeGuichet("G5901"),
                "059", AUJOURDHUI);
    }
}
