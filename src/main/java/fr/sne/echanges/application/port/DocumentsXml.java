package fr.sne.echanges.application.port;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.echanges.application.LireFluxMouvements;

/** The XML contract's documents (ADR 0021): the published XSD files, a demande and a page of the feed in XML. */
public interface DocumentsXml {

    /** A published XSD file ({@code demande-1.0.xsd}…), or empty for any other name. */
    Optional<byte[]> xsd(String fichier);

    /** One demande, as the root of a document of demande-1.0.xsd (UTF-8). */
    void ecrireDemande(String numeroUnique, Instantane demande, OutputStream sortie) throws IOException;

    /** A page of the feed, as a document of mouvement-1.0.xsd (UTF-8). */
    void ecrirePage(LireFluxMouvements.Page page, OutputStream sortie) throws IOException;

    /**
     * A demande's content sent in XML, as the JSON document of {@code POST /v1.0/demandes}: read by a hardened
     * parser, then validated against demande-1.0.xsd.
     *
     * @throws fr.sne.echanges.application.XmlRefuseException when the document is refused before its data is read
     */
    String lireContenu(byte[] xml);

    /**
     * The path of the element that carries a field of the content given by its JSON path ({@code demandeur.nir}
     * → {@code /demande/personnePhysique/demandeur/nir}, indices from 1); the JSON path itself for anything else
     * (a header).
     */
    String cheminXml(String cheminJson);
}
