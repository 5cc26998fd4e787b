package fr.sne.portail.application;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.portail.application.port.RattachementsDemandeurs;
import fr.sne.portail.domaine.ModeRattachement;

/**
 * The demandes attached to an applicant's account: those he may read and change on the portal (ADR 0027). A demande
 * filed on the portal is attached to the account that filed it; any other by its numéro unique and personal code
 *.
 */
@Service
public class Rattachements {

    private final RattachementsDemandeurs rattachements;
    private final Clock horloge;

    Rattachements(RattachementsDemandeurs rattachements, Clock horloge) {
        this.rattachements = rattachements;
        this.horloge = horloge;
    }

    /** Attaches a demande just filed from this account (nothing when it already is). */
    @Transactional
    public void rattacher(UUID compte, String numeroUnique) {
        rattachements.rattacher(compte, numeroUnique, ModeRattachement.DEPOT, horloge.instant());
    }

    /** @return the numéros unique attached to the account */
    @Transactional(readOnly = true)
    public Set<String> numeros(UUID compte) {
        return rattachements.numeros(compte);
    }
}
