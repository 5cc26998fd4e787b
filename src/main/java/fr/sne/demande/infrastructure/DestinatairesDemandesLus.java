package fr.sne.demande.infrastructure;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DestinatairesDemandes;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.EditerAttestation;
import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.attestation.DonneesAttestation;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * {@link DestinatairesDemandes} from the demande alone: one read of the demande, its applicant named and addressed
 * as the attestation does it ({@link EditerAttestation#demandeur}).
 */
@Component
class DestinatairesDemandesLus implements DestinatairesDemandes {

    private final Demandes demandes;
    private final VisibiliteDemandes visibilite;
    private final EditerAttestation attestation;

    DestinatairesDemandesLus(Demandes demandes, VisibiliteDemandes visibilite, EditerAttestation attestation) {
        this.demandes = demandes;
        this.visibilite = visibilite;
        this.attestation = attestation;
    }

    @Override
    public Optional<Destinataire> lire(String numeroUnique, Acteur acteur) {
        if (!NumeroUnique.estBienForme(numeroUnique)
                || !visibilite.peutVoir(acteur, new NumeroUnique(numeroUnique))) {
            return Optional.empty();
        }
        return demandes.parNumero(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d.numeroUnique()) && !d.donneesEffacees())
                .map(d -> {
                    DonneesAttestation.Personne p = attestation.demandeur(d);
                    ContenuDemande.Contact contact = d.contenu().contact();
                    String courriel = contact == null || contact.email() == null || contact.email().isBlank() ? null
                            : contact.email().strip();
                    return new Destinataire((p.civilite() + " " + p.prenoms() + " " + p.nom()).strip(), p.adresse(),
                            courriel);
                });
    }
}
