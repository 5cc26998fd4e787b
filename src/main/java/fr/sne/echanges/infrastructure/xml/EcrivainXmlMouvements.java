package fr.sne.echanges.infrastructure.xml;

import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.FluxMouvements.MouvementInstantane;
import fr.sne.echanges.application.LireFluxMouvements;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a page of the feed as a document of mouvement-1.0.xsd: each movement's type, date, guichet, number and
 * version, its document field by field, and the demande as it stands ({@link EcrivainXmlDemande}); then the next
 * cursor and {@code aJour}. The movement's document (ADR 0011) has one shape per type and per event: it is written
 * generically, each JSON value as an element of its kind ({@code objet}, {@code liste}, {@code texte},
 * {@code nombre}, {@code booleen}, {@code nul}) named by its key in attribute {@code cle}, so that a field added to
 * version 1 of the document needs no new schema. Radiation motives and sub-motives are given as SNE codes
 * ({@link CodesSne}), as everywhere in XML.
 */
final class EcrivainXmlMouvements {

    static final String NS = "urn:sne:mouvement:1.0";

    /** The document's keys whose value is a radiation motive's letter, and those whose value is a sub-motive. */
    static final Set<String> CLES_MOTIF = Set.of("motifRadiation", "motif", "motifLeve");
    static final Set<String> CLES_SOUS_MOTIF = Set.of("sousMotif", "sousMotifRadiation");

    private final EcrivainXmlDemande demandes;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    EcrivainXmlMouvements(EcrivainXmlDemande demandes) {
        this.demandes = demandes;
    }

    void ecrire(XMLStreamWriter xml, LireFluxMouvements.Page page) throws XMLStreamException {
        xml.setDefaultNamespace(NS);
        xml.setPrefix("d", EcrivainXmlDemande.NS);
        xml.writeStartElement(NS, "page");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("d", EcrivainXmlDemande.NS);
        for (MouvementInstantane m : page.mouvements()) {
            xml.writeStartElement(NS, "mouvement");
            element(xml, "identifiant", Long.toString(m.position().id()));
            element(xml, "type", m.type());
            element(xml, "date", m.horodatage().toString());
            if (m.guichet() != null) {
                element(xml, "guichet", m.guichet());
            }
            element(xml, "numeroUnique", m.numeroUnique());
            if (m.versionDemande() != null) {
                element(xml, "versionDemande", m.versionDemande().toString());
            }
            xml.writeStartElement(NS, "document");
            JsonNode document = json.readTree(m.document());
            for (Map.Entry<String, JsonNode> champ : document.properties()) {
                valeur(xml, champ.getKey(), champ.getValue());
            }
            xml.writeEndElement();
            if (m.demande() != null) {
                demandes.ecrire(xml, m.numeroUnique(), m.demande());
            }
            xml.writeEndElement();
        }
        element(xml, "curseurSuivant", page.curseurSuivant());
        element(xml, "aJour", Boolean.toString(page.aJour()));
        xml.writeEndElement();
    }

    private static void valeur(XMLStreamWriter xml, @Nullable String cle, JsonNode v) throws XMLStreamException {
        String genre = v.isObject() ? "objet" : v.isArray() ? "liste" : v.isNull() ? "nul" : v.isNumber() ? "nombre"
                : v.isBoolean() ? "booleen" : "texte";
        if (v.isNull()) {
            xml.writeEmptyElement(NS, genre);
        } else {
            xml.writeStartElement(NS, genre);
        }
        if (cle != null) {
            xml.writeAttribute("cle", cle);
        }
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> champ : v.properties()) {
                valeur(xml, champ.getKey(), champ.getValue());
            }
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                valeur(xml, null, item);
            }
        } else if (v.isNumber()) {
            xml.writeCharacters(v.isIntegralNumber() ? v.bigIntegerValue().toString()
                    : v.decimalValue().toPlainString());
        } else if (v.isBoolean()) {
            xml.writeCharacters(Boolean.toString(v.booleanValue()));
        } else if (!v.isNull()) {
            xml.writeCharacters(code(cle, v.asString()));
        }
        if (!v.isNull()) {
            xml.writeEndElement();
        }
    }

    private static String code(@Nullable String cle, String valeur) {
        if (cle != null && CLES_MOTIF.contains(cle)) {
            return CodesSne.motifRadiationXml(valeur);
        }
        if (cle != null && CLES_SOUS_MOTIF.contains(cle)) {
            return CodesSne.sousMotifXml(valeur);
        }
        return valeur;
    }

    private static void element(XMLStreamWriter xml, String nom, String texte) throws XMLStreamException {
        xml.writeStartElement(NS, nom);
        xml.writeCharacters(texte);
        xml.writeEndElement();
    }
}
