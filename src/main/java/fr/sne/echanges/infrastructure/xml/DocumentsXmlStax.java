package fr.sne.echanges.infrastructure.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.echanges.application.LireFluxMouvements;
import fr.sne.echanges.application.port.DocumentsXml;

/** {@link DocumentsXml} with the JDK's StAX: documents written as they stream out, read by {@link LecteurXmlDemande}. */
@Component
class DocumentsXmlStax implements DocumentsXml {

    private final XMLOutputFactory sorties = XMLOutputFactory.newDefaultFactory();
    private final EcrivainXmlDemande demande;
    private final EcrivainXmlMouvements mouvements;
    private final LecteurXmlDemande lecteur = new LecteurXmlDemande();

    DocumentsXmlStax(EcrivainXmlDemande demande) {
        this.demande = demande;
        this.mouvements = new EcrivainXmlMouvements(demande);
    }

    @Override
    public Optional<byte[]> xsd(String fichier) {
        URL url = SchemasXml.fichier(fichier);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream flux = url.openStream()) {
            return Optional.of(flux.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void ecrireDemande(String numeroUnique, Instantane d, OutputStream sortie) throws IOException {
        ecrire(sortie, xml -> demande.ecrire(xml, numeroUnique, d));
    }

    @Override
    public void ecrirePage(LireFluxMouvements.Page page, OutputStream sortie) throws IOException {
        ecrire(sortie, xml -> mouvements.ecrire(xml, page));
    }

    @Override
    public String lireContenu(byte[] xml) {
        return lecteur.lire(xml);
    }

    @Override
    public String cheminXml(String cheminJson) {
        return CheminsXml.traduire(cheminJson);
    }

    private interface Corps {
        void ecrire(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void ecrire(OutputStream sortie, Corps corps) throws IOException {
        try {
            XMLStreamWriter xml = sorties.createXMLStreamWriter(sortie, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            corps.ecrire(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("écriture XML", e);
        }
    }
}
