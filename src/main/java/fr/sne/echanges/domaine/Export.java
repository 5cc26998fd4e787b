package fr.sne.echanges.domaine;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An export as its guichet sees it.
 *
 * @param motif  ECHEC: why; EXPIRE: DELAI (7 days) or EFFACEMENT (a demande it held was erased)
 * @param total  the demandes to write, once counted
 * @param lignes the demandes written so far (all of them once PRET)
 * @param horizonFlux the oldest transaction running when the export's snapshot was taken (null before): the feed
 *                    resumes from there without losing a movement the snapshot did not hold (ADR 0022)
 */
public record Export(long id, String numero, String lecteur, CommandeExport commande, StatutExport statut,
        @Nullable String motif, Instant demandeLe, @Nullable Instant commenceLe, @Nullable Instant termineLe,
        @Nullable Long total, long lignes, @Nullable Integer fichiers, @Nullable Long taille, @Nullable String sha256,
        @Nullable String cleStockage, Instant expireLe, @Nullable Long horizonFlux) {

    /** Progress in percent (100 once PRET). */
    public int progression() {
        if (statut == StatutExport.PRET) {
            return 100;
        }
        if (total == null || total == 0) {
            return 0;
        }
        return (int) Math.min(99, lignes * 100 / total);
    }
}
