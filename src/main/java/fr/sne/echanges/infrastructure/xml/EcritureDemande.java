package fr.sne.echanges.infrastructure.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.sne.demande.FluxMouvements.Instantane;

/** Writes one {@code <demande>} element of the demande namespace ({@code demande-1.0.xsd}) for the exports. */
interface EcritureDemande {

    void ecrire(XMLStreamWriter xml, String numeroUnique, Instantane demande) throws XMLStreamException;
}
