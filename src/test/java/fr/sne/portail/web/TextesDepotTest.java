package fr.sne.portail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.sne.portail.domaine.Question;
import fr.sne.portail.domaine.Questionnaire;

/**
 * The filing's texts (keys {@code depot.*} of the portal's bundles, ADR 0028): each language says everything French
 * says, every question has its label in each, and a text formatted with arguments (any {@code depot.erreur.*}, and
 * those with {@code {0}}) doubles its apostrophes, which MessageFormat would otherwise swallow.
 */
class TextesDepotTest {

    private static final Pattern APOSTROPHE_SEULE = Pattern.compile("(?<!')'(?!')");

    private static Properties lire(String fichier) throws IOException {
        Properties p = new Properties();
        try (var flux = TextesDepotTest.class.getResourceAsStream("/i18n/" + fichier)) {
            p.load(new InputStreamReader(flux, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> cles(Properties p) {
        Set<String> cles = new TreeSet<>();
        p.stringPropertyNames().stream().filter(c -> c.startsWith("depot.")).forEach(cles::add);
        return cles;
    }

    @Test
    void chaque_langue_dit_tout_ce_que_dit_le_francais_et_chaque_question_a_son_libelle() throws IOException {
        Properties francais = lire("portail.properties");
        for (String langue : new String[] {"portail_en.properties", "portail_ar.properties"}) {
            Properties traduction = lire(langue);
            assertThat(cles(traduction)).as(langue).containsAll(cles(francais));
            for (Question q : Questionnaire.QUESTIONS) {
                assertThat(traduction.getProperty("depot.question." + q.cle())).as(langue + " " + q.nom()).isNotBlank();
            }
        }
        for (Question q : Questionnaire.QUESTIONS) {
            assertThat(francais.getProperty("depot.question." + q.cle())).as(q.nom()).isNotBlank();
        }
        // English and Arabic give the same keys: neither says more than the other
        assertThat(cles(lire("portail_en.properties"))).isEqualTo(cles(lire("portail_ar.properties")));
    }

    @Test
    void un_texte_a_arguments_double_ses_apostrophes() throws IOException {
        for (String fichier : new String[] {"portail.properties", "portail_en.properties", "portail_ar.properties"}) {
            Properties p = lire(fichier);
            for (String cle : cles(p)) {
                String texte = p.getProperty(cle);
                if (cle.startsWith("depot.erreur.") && !cle.equals("depot.erreur.titre-page")
                        && !cle.equals("depot.erreur.resume") || texte.contains("{0}")) {
                    assertThat(APOSTROPHE_SEULE.matcher(texte).find()).as(fichier + " " + cle + " : " + texte)
                            .isFalse();
                }
            }
        }
    }
}
