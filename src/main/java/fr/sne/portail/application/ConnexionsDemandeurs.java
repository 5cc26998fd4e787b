package fr.sne.portail.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.portail.application.port.ComptesDemandeurs;
import fr.sne.portail.domaine.IdentiteDemandeur;

/**
 * An applicant signs in to the portal: his account is the provider's subject (created at the first sign-in), each
 * sign-in is recorded (the reactivation rule reads them) and his last sign-in kept on the account.
 */
@Service
public class ConnexionsDemandeurs {

    private final ComptesDemandeurs comptes;
    private final Clock horloge;

    ConnexionsDemandeurs(ComptesDemandeurs comptes, Clock horloge) {
        this.comptes = comptes;
        this.horloge = horloge;
    }

    /** @return the account of this subject, created if needed, with this sign-in recorded */
    @Transactional
    public UUID connecter(String sujet, IdentiteDemandeur identite) {
        if (sujet.isBlank()) {
            throw new IllegalArgumentException("sujet vide");
        }
        return comptes.connexion(sujet, identite, horloge.instant());
    }
}
