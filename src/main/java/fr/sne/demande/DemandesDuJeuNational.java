package fr.sne.demande;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * What the demande module offers the other modules' parts of the national dataset (pièces, the portal's accounts):
 * the demandes a generation wrote, read on the generation's connection, without reading the demande module's tables.
 * A part takes a {@link #repere mark} before the generation starts; the demandes written after it are the
 * generation's.
 */
public interface DemandesDuJeuNational {

    /** @return the mark: the demandes written later are after it */
    long repere(Connection connexion) throws Exception;

    /**
     * Reads the demandes written after the mark and not erased, in the order they were written (so that a part that
     * draws its random numbers as it reads stays deterministic), a few thousand rows at a time.
     *
     * @param courriels whether the demandeur's e-mail is wanted: it is in the demande's content, whose reading
     *                  costs most of the walk; without it {@link DemandeDuJeu#courriel()} is null
     */
    void parcourir(Connection connexion, long repere, boolean courriels, Consumer<DemandeDuJeu> lecteur)
            throws Exception;

    /**
     * One demande of the dataset, with what the other parts draw from.
     *
     * @param coDemandeurs  how many co-demandeurs it has
     * @param dateRadiation null for an active demande
     * @param courriel      the demandeur's e-mail, if the Cerfa gives one (and it was asked for)
     * @param nir           the demandeur's NIR, null when the Cerfa gives none
     */
    record DemandeDuJeu(String numeroUnique, String territoire, String guichet, LocalDate dateDepot,
            @Nullable LocalDate dateRadiation, String nomNaissance, String prenoms, LocalDate dateNaissance,
            @Nullable String courriel, int coDemandeurs, @Nullable String nir) {

        public boolean active() {
            return dateRadiation == null;
        }
    }
}
