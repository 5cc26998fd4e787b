package fr.sne.demande.domaine;

import java.util.Optional;

/**
 * The motives of radiation of article R441-2-8 CCH, by their letter in the article (kept with the demande and in
 * its RAD movement).
 */
public enum MotifRadiation {
    /** a) attribution of a dwelling followed by a signed lease (data of R441-2-9). */
    ATTRIBUTION("a"),
    /** b) written renunciation by the applicant: immediate. */
    RENONCIATION("b"),
    /** c) no answer to a letter sent to the last known address, one month after a warning (L441-2-1). */
    ABSENCE_REPONSE("c"),
    /** d) irrecevabilité pronounced by a bailleur's commission, one month after a warning (L441-2-1). */
    IRRECEVABILITE("d"),
    /** e) not renewed: given only by the nightly pass, one month after the end of validity. */
    NON_RENOUVELLEMENT("e"),
    /** f) merge of demandes into one numéro unique, the ancienneté of each being kept. */
    FUSION("f");

    private final String code;

    MotifRadiation(String code) {
        this.code = code;
    }

    /** The letter of the motive in R441-2-8 CCH, as stored and exchanged. */
    public String code() {
        return code;
    }

    public static Optional<MotifRadiation> deCode(String code) {
        for (MotifRadiation motif : values()) {
            if (motif.code.equals(code)) {
                return Optional.of(motif);
            }
        }
        return Optional.empty();
    }
}
