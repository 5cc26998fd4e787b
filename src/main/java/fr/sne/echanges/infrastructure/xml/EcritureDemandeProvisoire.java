package fr.sne.echanges.infrastructure.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import fr.sne.demande.FluxMouvements.Instantane;

/** Until the demande's XML writer lands: the number only. */
@Component
class EcritureDemandeProvisoire implements EcritureDemande {

    @Override
    public void ecrire(XMLStreamWriter xml, String numeroUnique, Instantane demande) throws XMLStreamException {
        xml.writeEmptyElement(FichiersExportXml.NS_DEMANDE, "demande");
        xml.writeAttribute("numeroUnique", numeroUnique);
    }
}
