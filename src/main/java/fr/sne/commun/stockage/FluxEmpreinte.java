package fr.sne.commun.stockage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stream that counts the bytes read through it and computes their SHA-256 on the way. */
final class FluxEmpreinte extends FilterInputStream {

    private final MessageDigest sha256;
    private long taille;

    FluxEmpreinte(InputStream source) {
        super(source);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int octet = super.read();
        if (octet >= 0) {
            sha256.update((byte) octet);
            taille++;
        }
        return octet;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int lus = super.read(b, off, len);
        if (lus > 0) {
            sha256.update(b, off, lus);
            taille += lus;
        }
        return lus;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte skipped goes through the digest too
        if (n <= 0) {
            return 0;
        }
        return Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Fills this buffer from the stream, up to its length or the end of the stream; returns the count read. */
    int remplir(byte[] tampon) throws IOException {
        int n = 0;
        while (n < tampon.length) {
            int lus = read(tampon, n, tampon.length - n);
            if (lus < 0) {
                break;
            }
            n += lus;
        }
        return n;
    }

    /** What went through, once the stream is read to its end. */
    Ecriture ecriture() {
        return new Ecriture(taille, HexFormat.of().formatHex(sha256.digest()));
    }
}
