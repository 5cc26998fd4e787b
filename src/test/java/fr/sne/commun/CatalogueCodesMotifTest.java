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
    private static final Map<String, String> PAS_DES_CODES = Map.ofEntries(
            Map.entry("PT30M", "an ISO-8601 duration"),
            // the categories of the first filing plan (V103) the national dataset's pieces are lodged in
            Map.entry("IDENTITE", "a category of the filing plan"),
            Map.entry("AVIS_IMPOSITION", "a category of the filing plan"),
            Map.entry("RESSOURCES", "a category of the filing plan"),
            Map.entry("SITUATION_FAMILIALE", "a category of the filing plan"),
            Map.entry("LOGEMENT_ACTUEL", "a category of the filing plan"),
            Map.entry("ROLE_", "Spring Security's authority prefix"),
            Map.entry("SCOPE_", "Spring Security's scope prefix"),
            Map.entry("EXPLOITATION", "an OAuth scope"),
            Map.entry("ADMINISTRATION", "an OAuth scope (an API client's portée)"),
            Map.entry("GUICHET_ACTIF", "an authority granted to an active guichet"),
            Map.entry("DEMANDEUR", "a person's role in a stored demande"),
            Map.entry("CO_DEMANDEUR", "a person's role in a stored demande"),
            Map.entry("PERSONNE_A_CHARGE", "a person's role in a stored demande"),
            Map.entry("BAILLEUR", "a guichet's type (social landlord), who alone radiates for motives a and d"),
            Map.entry("AGENT", "the role of an agent's account (compte_agent.role)"),
            Map.entry("GESTIONNAIRE_TERRITORIAL", "the role of an agent's account (compte_agent.role)"),
            Map.entry("ADMINISTRATEUR_NATIONAL", "the role of an agent's account (compte_agent.role)"),
            Map.entry("IDENTIFIANT", "a setting's value: how the web sign-in finds an agent's account"),
            Map.entry("SNE_RETOUR", "a cookie's name: the page to come back to after the sign-in"),
            Map.entry("SNE_IDENTITE_RETOUR", "a web session attribute's name"),
            Map.entry("SNE_PRO_SECURITE", "a web session attribute's name"),
            Map.entry("PG_VERSION", "a file of PostgreSQL's data folder (its major version)"),
            Map.entry("AAAAAAIIIM", "the national dataset's draw of a commune category, one letter per tenth"),
            // issue 16 §3, the XML contract: the SNE codes of the radiation motives on the XML wire (CodesSne)
            Map.entry("RADATT", "an SNE radiation motive code (ListeMotifsRadiation) on the XML wire"),
            Map.entry("RADABA", "an SNE radiation motive code (ListeMotifsRadiation) on the XML wire"),
            Map.entry("RADCON", "an SNE radiation motive code (ListeMotifsRadiation) on the XML wire"),
            Map.entry("RADIRR", "an SNE radiation motive code (ListeMotifsRadiation) on the XML wire"),
            Map.entry("RADREN", "an SNE radiation motive code (ListeMotifsRadiation) on the XML wire"),
            Map.entry("RADFUS", "the registry's radiation motive code for a merge, on the XML wire"),
            Map.entry("IRRSEJ", "an SNE sub-motive code of irrecevabilité on the XML wire"),
            Map.entry("IRRRES", "an SNE sub-motive code of irrecevabilité on the XML wire"),
            Map.entry("SEJOUR_IRREGULIER", "the API's name of a sub-motive of irrecevabilité"),
            Map.entry("PLAFOND_RESSOURCES", "the API's name of a sub-motive of irrecevabilité"),
            Map.entry("CDATA", "the SAX type of an attribute handed to the XSD validator"),
            // issue 17 §3 "centre" (ADR 0025)
            Map.entry("CENTRE_NATIONAL", "a guichet's type: the national entry centre, a national guichet"),
            // issue 17, pièces (fr.sne.pieces): a category code, an obsolescence rule, the actions of a piece's movement
            Map.entry("A_QUALIFIER", "the filing plan's category of a digitised piece not yet qualified"),
            Map.entry("AUCUNE", "an obsolescence rule's code (a category whose pieces never become obsolete)"),
            Map.entry("DEPOT", "the action of a piece's movement PJD"),
            Map.entry("SUPPRESSION", "the action of a piece's movement PJS"),
            Map.entry("RECLASSEMENT", "the action of a piece's movement PJR"),
            Map.entry("QUALIFICATION", "the action of a piece's movement PJQ"),
            // issue 18, socle of the portal (fr.sne.portail, ADR 0027)
            Map.entry("GPORT", "the portal's guichet code"),
            Map.entry("PORTAIL", "a guichet's type: the public portal, a national guichet"),
            Map.entry("ROLE_DEMANDEUR", "the authority of an applicant signed in to the portal"),
            Map.entry("SNE_PORTAIL_REQUETE", "the session attribute of the portal's saved request"),
            Map.entry("SNE_PORTAIL_SECURITE", "the session attribute of the portal's security context"),
            Map.entry("ABCDEFGHJKMNPQRSTUVWXYZ23456789", "the alphabet of the personal codes"),
            // issue 18 §1 "fc2": FranceConnect v2 (ADR 0027, 2026-12-07)
            Map.entry("ES256", "the default signature algorithm of FranceConnect's ID token and user info"),
            // issue 19 §3, helper D "drm-lecture" (ADR 0031)
            Map.entry("DEMANDE_INCONNUE", "the DRM reading's status of a numéro unknown or out of the caller's scope"),
            // issue 19, DRM (fr.sne.drm, ADR 0030): the simulator's wire codes, the key store's type
            Map.entry("INDIVIDU_INCONNU", "the DRM simulator's 404: no such person"),
            Map.entry("INDISPONIBLE", "the DRM simulator's 503"),
            Map.entry("REQUETE_INVALIDE", "the DRM simulator's 400"),
            Map.entry("METHODE", "the DRM simulator's 405"),
            Map.entry("PKCS12", "the type of the DRM client's key store (mutual TLS)"));

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
