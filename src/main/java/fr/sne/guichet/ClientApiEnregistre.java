package fr.sne.guichet;

import org.jspecify.annotations.Nullable;

/**
 * An API client as {@code client_api} stores it, read on every call that names no guichet (operators',
 * administration clients).
 *
 * @param actif      false once revoked
 * @param territoire an administration client's territory (a gestionnaire territorial's software); null for a
 *                   national one, and for every other client
 */
public record ClientApiEnregistre(boolean actif, @Nullable String territoire) {
}
