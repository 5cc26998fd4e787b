package fr.sne.demande;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;

/**
 * What the applicant does himself on the public portal (issue 18 §2, ADR 0028), through the demande module's own
 * use cases and door, with the same rules, refusals and movements as a guichet's request: he files a demande,
 * changes its contact details and situation, renews it in the window and renounces it. The content travels in the
 * Cerfa's wire form (ADR 0005: the JSON object of {@code POST /v1.0/demandes}, as maps and lists), so that the
 * portal builds its own plain-language pages without the demande's types. Refusals are thrown as the API's:
 * {@code DonneesInvalidesException} (field by field), {@code ConflitException} (a duplicate, the window, a
 * concurrent change), {@code RessourceIntrouvableException} (a demande the applicant may not see).
 */
public interface DemarchesDemandeur {

    /** Every error of this content by the rules of a registration by the applicant's guichet, today. */
    List<ErreurChamp> verifier(Map<String, Object> contenu, Acteur demandeur);

    /**
     * Registers the demande (duplicate check included), once per key.
     *
     * @param cle the idempotency key: the same key and content give back the same demande
     * @return its numéro unique
     */
    String deposer(Map<String, Object> contenu, Acteur demandeur, String cle);

    /** The demande as its applicant may change it; unknown if he may not see it. */
    DemandeDuDemandeur lire(String numeroUnique, Acteur demandeur);

    /** Changes the contact details and situation (the civil status stays: {@code ETAT_CIVIL_RESERVE_AUX_GUICHETS}). */
    void modifier(String numeroUnique, Map<String, Object> contenu, int version, Acteur demandeur);

    /** Renews it with its updated content, from three months before its end of validity. */
    void renouveler(String numeroUnique, Map<String, Object> contenu, int version, Acteur demandeur);

    /** Radiates it for the applicant's renunciation (motive b of R441-2-8 CCH). */
    void renoncer(String numeroUnique, int version, Acteur demandeur);

    /** The attestation of registration, or of renewal once renewed (R441-2-4 CCH), as a PDF. */
    byte[] attestation(String numeroUnique, Acteur demandeur);

    /** The applicant's acts on a registered demande. */
    enum Demarche {
        /** contact details and situation */
        MODIFIER,
        /** in the window, three months before the end of validity */
        RENOUVELER,
        /** radiation for motive b of R441-2-8 CCH */
        RENONCER
    }

    /**
     * A demande as its applicant reads it to change it.
     *
     * @param contenu             its content in the wire form
     * @param actionsPermises     what he may do now
     * @param renouvelablePartirDu the first day of the renewal window
     */
    record DemandeDuDemandeur(String numeroUnique, boolean active, LocalDate dateDepot,
            @Nullable LocalDate dateDernierRenouvellement, LocalDate dateFinValidite, LocalDate renouvelablePartirDu,
            int version, Map<String, Object> contenu, Set<Demarche> actionsPermises) {

        public DemandeDuDemandeur {
            contenu = Map.copyOf(contenu);
            actionsPermises = Set.copyOf(actionsPermises);
        }

        public boolean peutModifier() {
            return actionsPermises.contains(Demarche.MODIFIER);
        }

        public boolean peutRenouveler() {
            return actionsPermises.contains(Demarche.RENOUVELER);
        }

        public boolean peutRenoncer() {
            return actionsPermises.contains(Demarche.RENONCER);
        }
    }
}
