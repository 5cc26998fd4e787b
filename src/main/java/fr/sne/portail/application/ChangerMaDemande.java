package fr.sne.portail.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemarchesDemandeur;
import fr.sne.demande.DemarchesDemandeur.DemandeDuDemandeur;
import fr.sne.portail.domaine.Communes;
import fr.sne.portail.domaine.Question;
import fr.sne.portail.domaine.Questionnaire;

/**
 * The applicant's changes to a demande attached to his account (issue 18 §2, ADR 0028): its contact details and
 * situation between renewals, its renewal in the window (the renewal attestation then sent by e-mail), its
 * renunciation. The civil status of the demande's adults is never taken from the form: it is the demande's, a
 * guichet corrects it; a co-demandeur may be added (his civil status then typed), none removed (a separation is a
 * guichet's act). Which
 * demandes are his, what he may do and when, are the registry's rules ({@link DemarchesDemandeur}).
 */
@Service
public class ChangerMaDemande {

    private final DemarchesDemandeur demarches;
    private final Communes communes;
    private final EnvoiAttestation envoi;
    private final Clock horloge;

    ChangerMaDemande(DemarchesDemandeur demarches, Communes communes, EnvoiAttestation envoi, Clock horloge) {
        this.demarches = demarches;
        this.communes = communes;
        this.envoi = envoi;
        this.horloge = horloge;
    }

    /** A demande as the applicant reads it to change it, and its content as answers to the questions. */
    public record Dossier(DemandeDuDemandeur demande, Map<String, String> reponses) {
    }

    public Dossier lire(String numero, Acteur acteur) {
        DemandeDuDemandeur demande = demarches.lire(numero, acteur);
        return new Dossier(demande, Questionnaire.reponses(demande.contenu(), communes));
    }

    /** What the answers would change: each question whose answer differs from the demande's, and the new content. */
    public record Changement(Dossier dossier, Map<String, String> reponses, List<Question> changees,
            Map<String, Object> contenu) {
    }

    /**
     * Reads the answers over the demande's content, the civil status of its adults kept whatever the form sent (and
     * the answer that a co-demandeur signs the lease, when it has one).
     *
     * @throws DonneesInvalidesException for answers not of their kind (the registry's rules are checked when it is
     *                                    written)
     */
    public Changement preparer(String numero, Map<String, String> saisies, Acteur acteur) {
        Dossier dossier = lire(numero, acteur);
        Map<String, String> reponses = new LinkedHashMap<>(saisies);
        for (String nom : Questionnaire.etatCivilEnLecture(dossier.demande().contenu())) {
            String valeur = dossier.reponses().get(nom);
            if (valeur == null) {
                reponses.remove(nom);
            } else {
                reponses.put(nom, valeur);
            }
        }
        Questionnaire.Lecture lecture = Questionnaire.lire(reponses, dossier.demande().contenu(), communes,
                LocalDate.now(horloge).getYear());
        if (!lecture.erreurs().isEmpty()) {
            throw new DonneesInvalidesException(lecture.erreurs());
        }
        return new Changement(dossier, reponses, Questionnaire.changees(dossier.reponses(), reponses),
                lecture.contenu());
    }

    /** Changes contact details and situation, on the version he read. */
    public void modifier(String numero, Map<String, String> saisies, int version, Acteur acteur) {
        Changement changement = preparer(numero, saisies, acteur);
        try {
            demarches.modifier(numero, changement.contenu(), version, acteur);
        } catch (DonneesInvalidesException invalide) {
            throw surLesPlaces(invalide, changement);
        }
    }

    /**
     * Renews, on the version he read, and sends the renewal attestation to the demande's e-mail address.
     *
     * @return the address it went to, or null when none was given or it could not be sent
     */
    public @Nullable String renouveler(String numero, Map<String, String> saisies, int version, Acteur acteur,
            Locale langue) {
        Changement changement = preparer(numero, saisies, acteur);
        try {
            demarches.renouveler(numero, changement.contenu(), version, acteur);
        } catch (DonneesInvalidesException invalide) {
            throw surLesPlaces(invalide, changement);
        }
        Object courriel = Questionnaire.valeurA(changement.contenu(), "contact.email");
        if (courriel instanceof String c && !c.isBlank() && envoi.envoyer(numero, c, acteur, langue, true)) {
            return c;
        }
        return null;
    }

    /** The registry's errors on the places of the persons in care as the form numbers them. */
    private static DonneesInvalidesException surLesPlaces(DonneesInvalidesException invalide, Changement changement) {
        return new DonneesInvalidesException(Questionnaire.surLesPlaces(invalide.erreurs(), changement.reponses()));
    }

    /** Renounces the demande (radiation b), on the version he read. */
    public void renoncer(String numero, int version, Acteur acteur) {
        demarches.renoncer(numero, version, acteur);
    }

    /** The attestation, of registration or of renewal, as a PDF. */
    public byte[] attestation(String numero, Acteur acteur) {
        return demarches.attestation(numero, acteur);
    }
}
