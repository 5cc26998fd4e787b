package fr.sne.commun.stockage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A stream of {@code taille} pseudo-random bytes made as they are read (never held): the same seed gives the same
 * bytes, so a test can check a large file by generating it again.
 */
final class FluxGenere extends InputStream {

    private final long taille;
    private long position;
    private long etat;
    private long mot;

    FluxGenere(long graine, long taille) {
        this.taille = taille;
        this.etat = graine == 0 ? 0x9E3779B97F4A7C15L : graine;
    }

    @Override
    public int read() {
        if (position >= taille) {
            return -1;
        }
        if (position % 8 == 0) {
            etat ^= etat << 13;
            etat ^= etat >>> 7;
            etat ^= etat << 17;
            mot = etat;
        }
        int octet = (int) (mot >>> (8 * (position % 8))) & 0xFF;
        position++;
        return octet;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= taille) {
            return -1;
        }
        int n = (int) Math.min(len, taille - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) read();
        }
        return n;
    }

    /** The SHA-256 of the {@code taille} bytes of this seed, made again. */
    static String sha256(long graine, long taille) throws IOException {
        return sha256(new FluxGenere(graine, taille));
    }

    /** The SHA-256 of what this stream gives to its end, read by blocks (then closed). */
    static String sha256(InputStream flux) throws IOException {
        try (flux) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] tampon = new byte[64 * 1024];
            for (int lus; (lus = flux.read(tampon)) >= 0;) {
                sha.update(tampon, 0, lus);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
