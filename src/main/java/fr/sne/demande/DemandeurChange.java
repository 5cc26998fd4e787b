package fr.sne.demande;

import java.time.Instant;

/**
 * A demande was renewed, or its demandeur's rubric changed (his identity, NIR or another of his data), published
 * by the demande module in the change's transaction, so that a listener ({@code @EventListener}) writes its own rows
 * with it or rolls it back: the DRM queues a fetch (ADR 0030).
 */
public record DemandeurChange(String numeroUnique, Nature nature, Instant le) {

    /** What happened. */
    public enum Nature {
        /** The demande was renewed (its content may have changed too). */
        RENOUVELLEMENT,
        /** The demandeur's rubric of the content changed. */
        MODIFICATION
    }
}
