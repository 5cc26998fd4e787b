package fr.sne.guichet.administration;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Passwords and client secrets made by the registry, from a cryptographic random source: shown once to the
 * administrator, stored only as their bcrypt hash.
 */
public final class GenerateurSecrets {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    static final String ALPHABET_MOT_DE_PASSE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** 4 groups of 5 characters out of 56: about 116 bits. */
    static final int GROUPES = 4;
    static final int TAILLE_GROUPE = 5;

    /** 32 random bytes: 256 bits, 43 characters of base64url. */
    static final int OCTETS_SECRET = 32;

    private final SecureRandom aleatoire;

    public GenerateurSecrets() {
        this(new SecureRandom());
    }

    GenerateurSecrets(SecureRandom aleatoire) {
        this.aleatoire = aleatoire;
    }

    /** An agent's initial password, in groups easy to copy: {@code xxxxx-xxxxx-xxxxx-xxxxx}. */
    public String motDePasse() {
        StringBuilder mot = new StringBuilder(GROUPES * (TAILLE_GROUPE + 1));
        for (int g = 0; g < GROUPES; g++) {
            if (g > 0) {
                mot.append('-');
            }
            for (int i = 0; i < TAILLE_GROUPE; i++) {
                mot.append(ALPHABET_MOT_DE_PASSE.charAt(aleatoire.nextInt(ALPHABET_MOT_DE_PASSE.length())));
            }
        }
        return mot.toString();
    }

    /** An API client's secret: 256 random bits in base64url, without padding. */
    public String secretClient() {
        byte[] octets = new byte[OCTETS_SECRET];
        aleatoire.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
