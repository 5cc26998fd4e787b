package fr.sne.demande;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The demande module's read model for the other modules (gestion partagée, attributions, and later the portal and
 * the reports): they read demandes through it, never through the tables of {@code demande}. It answers without
 * asking who reads: each caller asks {@link VisibiliteDemandes} first.
 */
public interface LectureDemandes {

    /** The demande of this number (radiated and erased ones included), or empty when unknown. */
    Optional<DemandeLue> lire(String numeroUnique);

    /**
     * The active demandes wishing a commune (any rank of their communes souhaitées), oldest deposit first, filtered
     * on what the SQL can see cheaply; the caller applies its finer rules (income ceilings, priorities) itself.
     *
     * @param typeLogement only those seeking this typology (T1…), null: any
     * @param tailleMin    only households of at least this many persons to house, null: any
     * @param tailleMax    only households of at most this many persons to house, null: any
     * @param limite       at most this many (1 to 1,000)
     */
    List<DemandeLue> activesSouhaitant(String codeCommune, @Nullable String typeLogement, @Nullable Integer tailleMin,
            @Nullable Integer tailleMax, int limite);
}
