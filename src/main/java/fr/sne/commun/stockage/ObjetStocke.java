package fr.sne.commun.stockage;

import java.time.Instant;

/** A stored file: its key, its size in bytes and when it was last written. */
public record ObjetStocke(String cle, long taille, Instant modifieLe) {
}
