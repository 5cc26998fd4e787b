package fr.sne.demande;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * Who consulted a demande, for its applicant (R441-2-6 CCH; issue 18 §3): the lines of the access journal (the
 * screens of the professional application) and the hand-outs to the guichets' software (API, feed, exports,
 * {@link RemisesDemandes}), without the agents' logins. For the public portal, which never reads the journal's table.
 */
public interface ConsultationsDemande {

    /**
     * The consultations of a demande the actor may see, newest first, at most {@code limite} of each source.
     *
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, or out of the actor's reach (the same 404)
     */
    List<Consultation> consultations(String numeroUnique, Acteur acteur, int limite);

    /** How the demande was seen. */
    enum Moyen {
        /** A screen of the professional application (an agent, a gestionnaire, the national administration). */
        ECRAN,
        /** A guichet's software, through the API. */
        API,
        /** A guichet's software, through the movement feed. */
        FLUX,
        /** A bulk export. */
        EXPORT
    }

    /**
     * One consultation.
     *
     * @param quand      when (a hand-out: the start of its day, Europe/Paris)
     * @param typeActeur AGENT, CLIENT_API, GESTIONNAIRE_TERRITORIAL, ADMINISTRATEUR_NATIONAL…; null for a hand-out to a
     *                   guichet's software
     * @param guichet    the code of the guichet it acted for, null when none
     */
    record Consultation(Instant quand, Moyen moyen, @Nullable String typeActeur, @Nullable String guichet) {
    }
}
