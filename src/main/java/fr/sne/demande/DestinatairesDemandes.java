package fr.sne.demande;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * To whom a message about a demande is addressed: the applicant's name and postal address as the attestation prints
 * them, and his e-mail address. For a module that only writes to the applicant (the portal's personal codes): lighter
 * than {@link DossiersDemandeurs}, which also reads the registering guichet, the territory, the wished communes'
 * names, the landlords present there and the personal code to print a summary of the demande. Read for an actor that
 * may see the demande ({@link VisibiliteDemandes}).
 */
public interface DestinatairesDemandes {

    /** @return the applicant of the demande; empty when unknown, out of the actor's reach or erased */
    Optional<Destinataire> lire(String numeroUnique, Acteur acteur);

    /**
     * @param nomComplet civility, first names and name of the demandeur
     * @param adresse    his postal address, one line each
     * @param courriel   his e-mail address, null when he gave none
     */
    record Destinataire(String nomComplet, List<String> adresse, @Nullable String courriel) {

        public Destinataire {
            adresse = List.copyOf(adresse);
        }
    }
}
