package fr.sne.commun.stockage;

/**
 * What a write stored: its size in bytes and its SHA-256 (64 lowercase hexadecimal digits), computed from the
 * bytes as they were written.
 */
public record Ecriture(long taille, String sha256) {
}
