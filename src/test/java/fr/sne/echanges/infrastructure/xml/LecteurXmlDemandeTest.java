package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.sne.echanges.application.XmlRefuseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the reader accepts besides the writer's own output, and what it never does (fetch a schema or a file). */
class LecteurXmlDemandeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final LecteurXmlDemande lecteur = new LecteurXmlDemande();

    /** A vendor's document often names its schema: the hint is neither fetched nor an error. */
    @Test
    void une_indication_de_schema_n_est_ni_suivie_ni_refusee(@TempDir Path dossier) throws Exception {
        // a schema that would accept anything as a demande, were it loaded
        Path permissif = dossier.resolve("permissif.xsd");
        Files.writeString(permissif, """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:sne:demande:1.0">
                  <xs:element name="demande"><xs:complexType><xs:sequence>
                    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>""");
        String indication = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation="
                + "\"urn:sne:demande:1.0 " + permissif.toUri() + "\"";
        String valide = "<demande xmlns=\"urn:sne:demande:1.0\"" + indication + "><precisions>a</precisions></demande>";
        assertThat(JSON.readTree(lecteur.lire(valide.getBytes(StandardCharsets.UTF_8))).get("precisions").asString())
                .isEqualTo("a");
        String invalide = "<demande xmlns=\"urn:sne:demande:1.0\"" + indication + "><surprise/></demande>";
        XmlRefuseException refus = catchThrowableOfType(XmlRefuseException.class,
                () -> lecteur.lire(invalide.getBytes(StandardCharsets.UTF_8)));
        assertThat(refus.erreurs()).extracting(e -> e.champ() + ":" + e.code())
                .containsExactly("/demande/surprise:XML_NON_CONFORME");
    }

    @Test
    void l_encodage_declare_est_lu() {
        String texte = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><demande xmlns=\"urn:sne:demande:1.0\">"
                + "<precisions>Hélène à Lœuilly</precisions></demande>";
        byte[] latin = texte.replace("œ", "oe").getBytes(Charset.forName("ISO-8859-1"));
        assertThat(JSON.readTree(lecteur.lire(latin)).get("precisions").asString()).isEqualTo("Hélène à Loeuilly");
    }

    /** Values as the XSD types them: spaces around a code or a number, 1 for true, CDATA, comments, a prefix. */
    @Test
    void les_valeurs_sont_lues_comme_le_schema_les_type() {
        String xml = """
                <!-- un commentaire --><s:demande xmlns:s="urn:sne:demande:1.0">
                  <s:personnePhysique><s:demandeur><s:civilite code=" 2 "/><s:prenom><![CDATA[Anne & <Marie>]]></s:prenom>
                  </s:demandeur><s:logementActuel><s:nombreHabitant> 3 </s:nombreHabitant>
                  <s:montantMensuelLoyer>+690.50</s:montantMensuelLoyer></s:logementActuel></s:personnePhysique>
                  <s:logementRecherche><s:demandeElargie>1</s:demandeElargie></s:logementRecherche>
                  <s:handicap/>
                </s:demande>""";
        JsonNode lu = JSON.readTree(lecteur.lire(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(lu.at("/demandeur/civilite").asString()).isEqualTo("2");
        assertThat(lu.at("/demandeur/prenoms").asString()).isEqualTo("Anne & <Marie>");
        assertThat(lu.at("/logementActuel/nombreOccupants").asInt()).isEqualTo(3);
        assertThat(lu.at("/logementActuel/loyerMensuel").decimalValue()).isEqualByComparingTo("690.50");
        assertThat(lu.at("/logementRecherche/demandeElargie").asBoolean()).isTrue();
        assertThat(lu.has("handicap")).as("un bloc vide vaut un bloc absent").isFalse();
        assertThat(lu.get("coDemandeurs")).as("une liste absente reste absente").isNull();
    }

    @Test
    void les_chemins_json_deviennent_des_chemins_d_elements() {
        assertThat(CheminsXml.traduire("demandeur.dateNaissance"))
                .isEqualTo("/demande/personnePhysique/demandeur/dateNaissance");
        assertThat(CheminsXml.traduire("coDemandeurs[1].ressourcesMensuelles[0].type")).isEqualTo(
                "/demande/personnePhysique/listeCotitulaire/cotitulaire[2]/listeRessourceRecue/detailRessource[1]"
                        + "/ressource");
        assertThat(CheminsXml.traduire("motifs[2]")).isEqualTo("/demande/listeMotifDemande/motifDemande[3]");
        assertThat(CheminsXml.traduire("dateDepot")).isEqualTo("/demande/dateCreationDemande");
        assertThat(CheminsXml.traduire("")).isEqualTo("/demande");
        for (String autre : new String[] {"Idempotency-Key", "demandeur.inconnu", "motifs.x", "demandeur[0]",
            "demandeur..nir"}) {
            assertThat(CheminsXml.traduire(autre)).as(autre).isEqualTo(autre);
        }
    }
}
