package fr.sne.drm.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.drm.domaine.StatutDrm;

/**
 * What the registry holds of the DRM for some demandes (ADR 0030), read by the reading side (API, exports' DRM
 * entity, the pro application's Ressources tab). It applies no visibility rule nor habilitation: its caller has
 * checked that its actor may see these demandes and their DRM data.
 */
public interface RessourcesDrm {

    /** The most months a reading gives. */
    int PROFONDEUR_MAXIMALE = 3;

    /**
     * The last months of these demandes, in one query (meant for up to 50 numéros at a time).
     *
     * @param profondeurMois 1 to {@value #PROFONDEUR_MAXIMALE}: how many months, counted back from the last month
     *                       the last fetch asked for ({@code drm_situation.mois_reference})
     * @return one entry per numéro asked: a numéro never fetched (or unknown) is {@link StatutDrm#EN_ATTENTE} with
     *         no month; months only for {@link StatutDrm#AFFICHABLE}
     */
    default Map<String, Lecture> lire(Collection<String> numeros, int profondeurMois) {
        return lire(numeros, profondeurMois, null);
    }

    /**
     * As {@link #lire(Collection, int)}, giving no month after {@code auPlusTard} (the bulk exports:
     * {@link #moisDisponibleEnMasse}); the depth is counted back from the earlier of {@code auPlusTard} and the
     * last month fetched.
     */
    Map<String, Lecture> lire(Collection<String> numeros, int profondeurMois, @Nullable YearMonth auPlusTard);

    /**
     * The last month the bulk exports may give on this day: the monthly refresh of the 22nd is ready in bulk from
     * the 26th, so from the 26th of a month the month before it, and before the 26th the one before that.
     */
    YearMonth moisDisponibleEnMasse(LocalDate jour);

    /**
     * A demande's DRM data.
     *
     * @param misAJourLe when the last fetch ended (null: never fetched)
     * @param mois       most recent first, at most the depth asked; a month the DRM gave nothing for is absent
     */
    record Lecture(String numeroUnique, StatutDrm statut, @Nullable Instant misAJourLe, List<Mois> mois) {

        public Lecture {
            mois = List.copyOf(mois);
        }
    }

    /** One month: a line per nature, and the month's total. */
    record Mois(YearMonth mois, List<Ligne> lignes, BigDecimal total) {

        public Mois {
            lignes = List.copyOf(lignes);
        }
    }

    /** One nature of resource in a month: its code, its label ({@code drm_nature}), its amount in euros. */
    record Ligne(String nature, String libelle, BigDecimal montant) {
    }
}
