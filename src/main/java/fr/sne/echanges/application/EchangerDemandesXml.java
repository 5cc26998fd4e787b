package fr.sne.echanges.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandesParDocument;
import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.echanges.application.port.DocumentsXml;

/**
 * The demandes in XML (issue 16 §3, ADR 0021): read, registered and modified through the demande module's own door
 * ({@link DemandesParDocument}: the same use cases, rules and headers as the JSON API), the XML read and written by
 * the {@link DocumentsXml} port. A document is refused before its data is read when it is not valid against
 * demande-1.0.xsd; the business rules' field errors come back named by the element's path.
 */
@Service
public class EchangerDemandesXml {

    private final DemandesParDocument demandes;
    private final DocumentsXml documents;

    EchangerDemandesXml(DemandesParDocument demandes, DocumentsXml documents) {
        this.demandes = demandes;
        this.documents = documents;
    }

    public Optional<byte[]> xsd(String fichier) {
        return documents.xsd(fichier);
    }

    public Instantane consulter(String numeroUnique, Acteur acteur) {
        return demandes.consulter(numeroUnique, acteur);
    }

    public DemandesParDocument.Ecriture enregistrer(byte[] xml, String cleIdempotence, Acteur acteur) {
        String contenu = documents.lireContenu(xml);
        try {
            return demandes.enregistrer(contenu, cleIdempotence, acteur);
        } catch (DonneesInvalidesException e) {
            throw enXml(e);
        }
    }

    public Instantane modifier(String numeroUnique, byte[] xml, @Nullable String ifMatch, Acteur acteur) {
        String contenu = documents.lireContenu(xml);
        try {
            return demandes.modifier(numeroUnique, contenu, ifMatch, acteur);
        } catch (DonneesInvalidesException e) {
            throw enXml(e);
        }
    }

    public void ecrire(String numeroUnique, Instantane demande, OutputStream sortie) throws IOException {
        documents.ecrireDemande(numeroUnique, demande, sortie);
    }

    public void ecrire(LireFluxMouvements.Page page, OutputStream sortie) throws IOException {
        documents.ecrirePage(page, sortie);
    }

    private DonneesInvalidesException enXml(DonneesInvalidesException e) {
        return new DonneesInvalidesException(e.erreurs().stream()
                .map(erreur -> new ErreurChamp(documents.cheminXml(erreur.champ()), erreur.code(), erreur.message()))
                .toList());
    }
}
