package fr.sne.commun.stockage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that gives at most so many bytes of another, then ends. */
final class FluxBorne extends FilterInputStream {

    private long reste;

    FluxBorne(InputStream source, long limite) {
        super(source);
        this.reste = limite;
    }

    @Override
    public int read() throws IOException {
        if (reste <= 0) {
            return -1;
        }
        int octet = super.read();
        if (octet >= 0) {
            reste--;
        }
        return octet;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (reste <= 0) {
            return -1;
        }
        int lus = super.read(b, off, (int) Math.min(len, reste));
        if (lus > 0) {
            reste -= lus;
        }
        return lus;
    }

    @Override
    public long skip(long n) throws IOException {
        long sautes = super.skip(Math.min(n, reste));
        reste -= sautes;
        return sautes;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), reste);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
