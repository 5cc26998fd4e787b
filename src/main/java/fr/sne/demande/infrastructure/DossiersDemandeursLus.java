package fr.sne.demande.infrastructure;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DossiersDemandeurs;
import fr.sne.demande.application.EditerAttestation;
import fr.sne.demande.attestation.DonneesAttestation;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;

/**
 * {@link DossiersDemandeurs} read as the attestation reads a demande ({@link EditerAttestation#donnees}): the same
 * names, addresses and labels, so that a fiche or a copy says what the attestation says.
 */
@Component
class DossiersDemandeursLus implements DossiersDemandeurs {

    private final EditerAttestation attestation;
    private final Clock horloge;

    DossiersDemandeursLus(EditerAttestation attestation, Clock horloge) {
        this.attestation = attestation;
        this.horloge = horloge;
    }

    @Override
    public DossierDemandeur lire(String numeroUnique, Acteur acteur) {
        Demande demande = attestation.demandeNonEffacee(numeroUnique, acteur);
        DonneesAttestation d = attestation.donnees(demande, Instant.now(horloge));
        DonneesAttestation.Personne p = d.demandeur();
        ContenuDemande.Contact contact = demande.contenu().contact();
        String courriel = contact == null || contact.email() == null || contact.email().isBlank() ? null
                : contact.email().strip();
        return new DossierDemandeur(numeroUnique, demande.territoire(), d.territoireLibelle(), demande.estActive(),
                demande.dateDepot(), demande.dateFinValidite(),
                (p.civilite() + " " + p.prenoms() + " " + p.nom()).strip(), p.adresse(), courriel,
                d.guichet().nom(), d.communesSouhaitees(), d.typesLogement(), d.nombrePersonnes());
    }
}
