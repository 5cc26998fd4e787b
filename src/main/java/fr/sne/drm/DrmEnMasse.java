package fr.sne.drm;

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
 * The DRM's resources for the bulk exports' entity DRM (issue 19 §3, ADR 0031): what the monthly refresh of the 22nd
 * stored, given out in bulk from the 26th. It applies no visibility rule: the export selected its demandes with the
 * demande module's rule and checked its actor with {@link AccesDrm} when it was asked.
 */
public interface DrmEnMasse {

    /**
     * The demandes' last months, read in the caller's transaction (the export's snapshot).
     *
     * @param profondeurMois 1 to 3
     * @param jour           the day of the export: no month later than the last one published in bulk that day
     * @return one entry per numéro asked (a numéro never fetched: {@code EN_ATTENTE}, no month)
     */
    Map<String, Ressources> lire(Collection<String> numeros, int profondeurMois, LocalDate jour);

    /**
     * A demande's DRM data.
     *
     * @param statut a status of the last fetch: AFFICHABLE, SANS_NIR, NIR_TEMPORAIRE, NON_TROUVE, DISCORDANCE,
     *               INDISPONIBLE, EN_ATTENTE
     * @param mois   most recent first; empty unless AFFICHABLE
     */
    record Ressources(String statut, @Nullable Instant misAJourLe, List<Mois> mois) {

        /** A demande never fetched. */
        public static final Ressources EN_ATTENTE = new Ressources(StatutDrm.EN_ATTENTE.name(), null, List.of());

        public Ressources {
            mois = List.copyOf(mois);
        }
    }

    /** One month: a line per nature, and the month's total. */
    record Mois(YearMonth mois, List<Ligne> lignes, BigDecimal total) {

        public Mois {
            lignes = List.copyOf(lignes);
        }
    }

    /** A nature of resource in a month: its code, its label, its amount in euros. */
    record Ligne(String nature, String libelle, BigDecimal montant) {
    }
}
