package fr.sne.demande.application;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.DonneesAttribution;
import fr.sne.demande.domaine.DonneesRadiation;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;

/**
 * A radiation asked for (R441-2-8 CCH), read once at the edge by {@link ParseurRadiation}: one record per motive,
 * each with the typed values it needs and nothing else. Whether this actor may radiate this demande for it now
 * (a bailleur's motive, the warning's age, the nightly pass's e, the gestionnaire's f) is the demande's question
 * ({@link RadierDemande}).
 */
public sealed interface CommandeRadiation {

    MotifRadiation motif();

    /** Motive d: why the demande is irrecevable; null for the other motives. */
    default @Nullable SousMotifIrrecevabilite sousMotif() {
        return null;
    }

    /** What the radiation carries: an attribution's data (a); nothing for the other motives a guichet may ask. */
    default DonneesRadiation donnees() {
        return DonneesRadiation.AUCUNE;
    }

    /** a) attribution of a dwelling followed by a signed lease, with the data of R441-2-9 CCH. */
    record PourAttribution(DonneesAttribution donnees) implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.ATTRIBUTION;
        }
    }

    /** b) written renunciation by the applicant. */
    record Renonciation() implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.RENONCIATION;
        }
    }

    /** c) no answer after a warning. */
    record AbsenceReponse() implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.ABSENCE_REPONSE;
        }
    }

    /** d) irrecevabilité, with its sub-motive, after a warning. */
    record Irrecevabilite(SousMotifIrrecevabilite sousMotif) implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.IRRECEVABILITE;
        }
    }

    /** e) not renewed: asked of a guichet, always refused (the nightly pass's, RADIATION_RESERVEE_AU_TRAITEMENT). */
    record NonRenouvellement() implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.NON_RENOUVELLEMENT;
        }
    }

    /**
     * f) a merge: asked through the radiation, always refused (FUSION_RESERVEE_AU_GESTIONNAIRE); a merge is
     * {@link CommandeFusion}.
     */
    record Fusion() implements CommandeRadiation {
        @Override
        public MotifRadiation motif() {
            return MotifRadiation.FUSION;
        }
    }
}
