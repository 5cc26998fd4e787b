package fr.sne.drm.application.port;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.drm.domaine.MoisRecu;
import fr.sne.drm.domaine.StatutDrm;

/** The result of each demande's last fetch and its months ({@code drm_situation}, {@code drm_ressource}). */
public interface SituationsDrm {

    /** The digest of the identity the last fetch used ({@code IdentiteDrm#empreinte}), if any. */
    Optional<String> empreinte(String numeroUnique);

    /**
     * Records a fetch's result in the caller's transaction: the status, and the months, which replace the former
     * ones (months only for {@link StatutDrm#AFFICHABLE}; only the collected natures, {@code drm_nature}).
     */
    void enregistrer(String numeroUnique, StatutDrm statut, Instant le, @Nullable YearMonth moisReference,
            @Nullable String empreinte, List<MoisRecu> mois);

    /**
     * A fetch failed: a demande whose months are shown keeps them (dated by their fetch) while it is retried; any
     * other becomes {@link StatutDrm#INDISPONIBLE}.
     */
    void indisponible(String numeroUnique, Instant le);

    /** The demandeur's identity changed: his months are hidden and forgotten at once, until the next fetch. */
    void remettreEnAttente(String numeroUnique, Instant le);
}
