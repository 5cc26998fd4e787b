package fr.sne.drm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import fr.sne.drm.application.LireRessourcesDrm;
import fr.sne.drm.application.LireRessourcesDrm.Resultat;
import fr.sne.drm.application.RessourcesDrm;
import fr.sne.drm.domaine.StatutDrm;
import fr.sne.echanges.infrastructure.xml.SchemasXml;

/**
 * The XML answer of {@code GET /v1.0/drm/ressources}: the writer's output is valid against drm-1.0.xsd for every
 * status, the published sample too, and the schema refuses what the answer never holds.
 */
class RessourcesDrmXmlTest {

    private static final Path EXEMPLE = Path.of("docs/exemples/xml/ressources-drm.xml");

    private static void valider(byte[] xml) throws Exception {
        SchemasXml.schema("drm-1.0.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void chaque_statut_s_ecrit_en_xml_valide() throws Exception {
        List<Resultat> resultats = new ArrayList<>();
        int i = 1;
        for (StatutDrm statut : StatutDrm.values()) {
            String numero = "05911260000%02dG5901".formatted(i++);
            resultats.add(statut == StatutDrm.AFFICHABLE
                    ? new Resultat(numero, statut.name(), null, Instant.parse("2026-11-22T03:00:00Z"), List.of(
                            new RessourcesDrm.Mois(YearMonth.of(2026, 10), List.of(new RessourcesDrm.Ligne("S001",
                                    "Salaire de base & primes <brut>", new BigDecimal("1500.10"))),
                                    new BigDecimal("1500.10"))))
                    : new Resultat(numero, statut.name(), statut.raison(), null, List.of()));
        }
        resultats.add(new Resultat("0621126000099G6201", LireRessourcesDrm.INCONNUE, "Demande introuvable.", null,
                List.of()));
        byte[] xml = RessourcesDrmController.xml(resultats);
        valider(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("&amp; primes &lt;brut>", "total=\"1500.10\"");
    }

    @Test
    void l_exemple_publie_est_valide_et_un_statut_inconnu_ou_un_quatrieme_mois_refuse() throws Exception {
        String exemple = Files.readString(EXEMPLE);
        assertThatCode(() -> valider(exemple.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        assertThatThrownBy(() -> valider(exemple.replace("statut=\"DISCORDANCE\"", "statut=\"ECART\"")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(SAXException.class);
        String quatre = exemple.replace("<mois mois=\"2026-08\"", "<mois mois=\"2026-07\" total=\"1.00\"/>"
                + "<mois mois=\"2026-08\"");
        assertThatThrownBy(() -> valider(quatre.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SAXException.class);
    }
}
