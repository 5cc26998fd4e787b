package fr.sne.echanges.infrastructure.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The published XSD files ({@code src/main/resources/xsd}, served at {@code GET /v1.0/xsd/{fichier}}) and their
 * compiled schemas. A schema is compiled once, from the classpath only: its imports resolve to the files beside it,
 * never to the network.
 */
public final class SchemasXml {

    /** The files served, by name. */
    public static final Set<String> FICHIERS = Set.of("demande-1.0.xsd", "mouvement-1.0.xsd", "export-1.0.xsd",
            "drm-1.0.xsd");

    private static final String DOSSIER = "xsd/";

    private SchemasXml() {
    }

    /** The file of this name, or null when it is not one of the published XSD files (or not built yet). */
    public static @org.jspecify.annotations.Nullable URL fichier(String nom) {
        return FICHIERS.contains(nom) ? SchemasXml.class.getClassLoader().getResource(DOSSIER + nom) : null;
    }

    /** The compiled schema of one published file (with what it imports). */
    public static Schema schema(String nom) {
        URL url = fichier(nom);
        if (url == null) {
            throw new IllegalArgumentException("schéma inconnu : " + nom);
        }
        try (InputStream flux = url.openStream()) {
            SchemaFactory fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            fabrique.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // imports are resolved against the file's own URL (the classpath), and nothing else may be fetched
            fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return fabrique.newSchema(new StreamSource(flux, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("schéma " + nom + " illisible", e);
        }
    }
}
