package fr.sne.echanges.infrastructure.xml;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The tests' XML helpers: a content-only demande document, validation against a published schema, the reader. */
public final class XmlEssai {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final LecteurXmlDemande LECTEUR = new LecteurXmlDemande();

    private XmlEssai() {
    }

    /** A {@code <demande>} holding only a content (no number nor state), as a guichet sends it. */
    public static String demande(String contenuJson) {
        try {
            StringWriter texte = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(texte);
            xml.writeStartDocument("UTF-8", "1.0");
            EcrivainXmlDemande.Sortie s = new EcrivainXmlDemande.Sortie(xml, "");
            s.debut("demande");
            xml.writeDefaultNamespace(FormeDemandeXml.NS);
            EcrivainXmlDemande.contenu(s, JSON.readTree(contenuJson));
            s.fin();
            xml.writeEndDocument();
            xml.close();
            return texte.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates a document against a published schema; throws with the validator's message otherwise. */
    public static void valider(String schema, byte[] xml) {
        try {
            SchemasXml.schema(schema).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("non valide contre " + schema + " : " + e.getMessage() + "\n"
                    + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    /** The JSON content the API reads from a document (hardened parsing and XSD validation first). */
    public static String lire(byte[] xml) {
        return LECTEUR.lire(xml);
    }
}
