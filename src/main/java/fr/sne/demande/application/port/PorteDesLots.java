package fr.sne.demande.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.MotifRadiation;

/**
 * The door for batches (ADR 0010): the set-based methods of the one door. A batch (the nightly pass) only chooses
 * <em>which</em> demandes, as a {@link Selection}; these methods write the rows and the movements, each change with
 * its movements in one statement, and publish the typed events. Every method runs in the caller's transaction
 * (required).
 */
public interface PorteDesLots {

    /**
     * Which demandes a set-based change applies to: a query yielding, per demande chosen, its {@code id} and the
     * {@code version} the choice was made on (a demande changed since is left out, as an event's
     * {@code versionAttendue} would be refused), and the further columns the method names, with its named
     * parameters. The query is evaluated in the change's own statement.
     */
    record Selection(String requete, Map<String, ?> parametres) {

        public Selection {
            // a parameter may be null (a date not known yet): no Map.copyOf
            parametres = Collections.unmodifiableMap(new HashMap<>(parametres));
        }
    }

    /**
     * The demandes of the selection were sent a letter on {@code jour} (a renewal notice): their date of last letter
     * is stamped, in one statement with the selection, which may be a data-modifying statement writing the letters
     * (its {@code returning} yields {@code id}). No movement: a letter is not a change of the demande.
     *
     * @return the number of demandes stamped
     */
    int courriersEnvoyes(Selection selection, LocalDate jour);

    /**
     * Radiates the active demandes of the selection for {@code motif} on {@code jour}, each with its RAD movement,
     * then publishes one {@link DemandeRadiee} per demande. The selection yields {@code id}, {@code version},
     * {@code guichet} (may be null) and {@code details} (jsonb: the fields of the radiation's movement beyond the
     * motive and the date).
     *
     * @return the demandes radiated
     */
    List<DemandeRadiee> radier(Acteur acteur, MotifRadiation motif, Selection selection, LocalDate jour,
            Instant horodatage);

    /**
     * Erases every nominative datum of the radiated demandes of the selection, with a SUP movement each, then hands
     * them, in the same transaction, to every module's {@link EffacementDemandes}. The selection yields {@code id}.
     *
     * @return the demandes erased
     */
    DemandesEffacees effacer(Acteur acteur, Selection selection, LocalDate jour, Instant horodatage);
}
