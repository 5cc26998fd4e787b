package fr.sne.portail.domaine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The personal codes of the demandes (ADR 0027): each is derived from a secret key, the numéro unique and its
 * generation (HMAC-SHA256), so that the attestation prints the current one at any time while the database keeps only
 * its keyed hash. Ten characters of an alphabet without look-alikes (no 0, O, 1, I, L), shown in two groups of
 * five: about 49 bits, out of reach of guessing once attempts are limited.
 */
public final class DerivationCodes {

    /** The code's alphabet: 31 characters no one confuses when reading or typing. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** Characters of a code. */
    public static final int LONGUEUR = 10;

    private final byte[] cle;

    /** @param cle the secret key (at least 32 characters, the same on every instance) */
    public DerivationCodes(String cle) {
        if (cle.length() < 32) {
            throw new IllegalArgumentException("la clé des codes personnels a au moins 32 caractères");
        }
        this.cle = cle.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the code of this demande's generation, as printed ({@code XXXXX-XXXXX}) */
    public String code(String numeroUnique, int generation) {
        byte[] h = hmac("code|" + numeroUnique + "|" + generation);
        StringBuilder code = new StringBuilder(LONGUEUR + 1);
        for (int i = 0; i < LONGUEUR; i++) {
            if (i == LONGUEUR / 2) {
                code.append('-');
            }
            // two bytes per character: the bias of the modulo is negligible (65536 % 31 = 2)
            int valeur = ((h[2 * i] & 0xff) << 8) | (h[2 * i + 1] & 0xff);
            code.append(ALPHABET.charAt(valeur % ALPHABET.length()));
        }
        return code.toString();
    }

    /** @return the keyed hash of a code as typed (separators, spaces and case ignored), 64 hex characters */
    public String empreinte(String codeSaisi) {
        return HexFormat.of().formatHex(hmac("empreinte|" + normaliser(codeSaisi)));
    }

    /** @return whether the two hashes are equal, in a time that does not depend on where they differ */
    public static boolean memesEmpreintes(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the code as typed, without separators nor spaces, upper case */
    public static String normaliser(String codeSaisi) {
        return codeSaisi.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cle, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
