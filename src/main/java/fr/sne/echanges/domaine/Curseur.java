package fr.sne.echanges.domaine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.sne.demande.FluxMouvements.Position;

/**
 * The feed's cursor (ADR 0020): the position after the last movement given, the reader it was given to, the
 * communes it was asked for (their digest) and when it was given. On the wire it is opaque: its fields, then an
 * HMAC-SHA256 seal of them under the server's key, in base64url. A cursor that does not open (altered, forged,
 * from another key, another reader or other communes) is invalid; one older than its lifetime has expired.
 *
 * @param lecteur  who reads: the guichet for a guichet's client or agent, else the actor's identifier
 * @param communes the digest of the sorted communes asked for ({@link #empreinte}), empty for the whole scope
 */
public record Curseur(Position position, String lecteur, String communes, Instant emisLe) {

    private static final String VERSION = "1";
    private static final Pattern CHAMP = Pattern.compile("[A-Za-z0-9_.@-]*");
    private static final int SCEAU_OCTETS = 16;

    public Curseur {
        if (!CHAMP.matcher(lecteur).matches() || !CHAMP.matcher(communes).matches()) {
            throw new IllegalArgumentException("champ de curseur invalide");
        }
    }

    /** The digest of a list of communes, the same whatever their order or repetitions; empty for none. */
    public static String empreinte(List<String> communes) {
        if (communes.isEmpty()) {
            return "";
        }
        String liste = String.join(",", communes.stream().distinct().sorted().toList());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(liste.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor on the wire: its fields and their seal. */
    public String sceller(byte[] cle) {
        String champs = String.join("|", VERSION, Long.toString(position.transaction()), Long.toString(position.id()),
                lecteur, communes, Long.toString(emisLe.getEpochSecond()));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(champs.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(sceau(champs, cle));
    }

    /**
     * Opens a cursor given back by a reader.
     *
     * @param lecteur  who gives it back now
     * @param communes the digest of the communes asked for now
     * @param duree    how long a cursor stays valid after it was given
     */
    public static Ouverture ouvrir(String texte, byte[] cle, String lecteur, String communes, Instant maintenant,
            Duration duree) {
        if (texte.length() > 400) {
            return Ouverture.INVALIDE;
        }
        int point = texte.indexOf('.');
        if (point < 0) {
            return Ouverture.INVALIDE;
        }
        String champs;
        byte[] sceau;
        try {
            champs = new String(Base64.getUrlDecoder().decode(texte.substring(0, point)), StandardCharsets.UTF_8);
            sceau = Base64.getUrlDecoder().decode(texte.substring(point + 1));
        } catch (IllegalArgumentException e) {
            return Ouverture.INVALIDE;
        }
        if (!MessageDigest.isEqual(sceau, sceau(champs, cle))) {
            return Ouverture.INVALIDE;
        }
        String[] f = champs.split("\\|", -1);
        if (f.length != 6 || !VERSION.equals(f[0]) || !f[3].equals(lecteur) || !f[4].equals(communes)) {
            return Ouverture.INVALIDE;
        }
        Curseur curseur;
        try {
            curseur = new Curseur(new Position(Long.parseLong(f[1]), Long.parseLong(f[2])), f[3], f[4],
                    Instant.ofEpochSecond(Long.parseLong(f[5])));
        } catch (IllegalArgumentException e) {
            return Ouverture.INVALIDE;
        }
        if (curseur.emisLe().plus(duree).isBefore(maintenant)) {
            return new Ouverture(Etat.EXPIRE, curseur);
        }
        if (curseur.emisLe().isAfter(maintenant.plusSeconds(300))) {
            return Ouverture.INVALIDE;
        }
        return new Ouverture(Etat.VALIDE, curseur);
    }

    private static byte[] sceau(String champs, byte[] cle) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cle, "HmacSHA256"));
            byte[] complet = mac.doFinal(champs.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(complet, SCEAU_OCTETS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What opening a cursor gave. */
    public enum Etat {
        VALIDE, INVALIDE, EXPIRE
    }

    /** The state of an opened cursor, and the cursor unless invalid. */
    public record Ouverture(Etat etat, @org.jspecify.annotations.Nullable Curseur curseur) {
        static final Ouverture INVALIDE = new Ouverture(Etat.INVALIDE, null);
    }
}
