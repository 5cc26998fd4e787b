package fr.sne.demande.application;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.sne.demande.ConnexionsDemandeurs;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.MotifRadiation;

/**
 * The day an applicant of a demande radiated for non-renewal last signed in during its renewal period, asked of
 * {@link ConnexionsDemandeurs} (the portal) only for such a demande; null otherwise, or when no module answers.
 */
@Component
public class ConnexionPendantRenouvellement {

    private final ObjectProvider<ConnexionsDemandeurs> connexions;

    ConnexionPendantRenouvellement(ObjectProvider<ConnexionsDemandeurs> connexions) {
        this.connexions = connexions;
    }

    public java.time.@Nullable LocalDate de(Demande demande) {
        // the demande first: most are active, and asking the bean factory for the port on each call costs more
        // than the registration's own validation (seen in the registration bench's profile)
        if (demande.estActive() || demande.motifRadiation() != MotifRadiation.NON_RENOUVELLEMENT) {
            return null;
        }
        ConnexionsDemandeurs source = connexions.getIfAvailable();
        if (source == null) {
            return null;
        }
        return source.derniereConnexion(demande.numeroUnique().valeur(), demande.renouvelablePartirDu(),
                demande.dateFinValidite()).orElse(null);
    }
}
