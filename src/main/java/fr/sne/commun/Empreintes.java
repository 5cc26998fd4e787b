package fr.sne.commun;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, the one hash function of the registry (idempotency fingerprints, document identifiers). */
public final class Empreintes {

    private Empreintes() {
    }

    public static byte[] sha256(String texte) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est exigé de toute JVM", e);
        }
    }

    /** The digest of a text in lower-case hexadecimal (64 characters). */
    public static String sha256Hex(String texte) {
        return HexFormat.of().formatHex(sha256(texte));
    }
}
