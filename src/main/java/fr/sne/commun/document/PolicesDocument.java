package fr.sne.commun.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.ibm.icu.text.Transliterator;

/**
 * The fonts embedded in every document: Liberation Sans (SIL Open Font License), shipped on Maven Central in
 * {@code com.github.librepdf:openpdf-fonts-extra}. It covers Latin (with Vietnamese and the Central European
 * letters), Greek and Cyrillic. A character none of the fonts has (Chinese…), or that is written right to left
 * (Hebrew, Arabic), does not print as itself: {@link #imprimable(String)} transcribes it to Latin letters instead of printing an empty box.
 */
public final class PolicesDocument {

    /** CSS family name of the main font, as the templates write it. */
    public static final String FAMILLE = "Liberation Sans";

    record Police(String ressource, int graisse, boolean italique, byte[] octets) {
    }

    private static final Transliterator VERS_LATIN = Transliterator.getInstance("Any-Latin");
    private static final Transliterator VERS_ASCII = Transliterator.getInstance("Latin-ASCII");

    private final List<Police> polices;
    private final List<CmapLookup> couvertures;

    PolicesDocument() {
        polices = List.of(
                charger("liberation/LiberationSans-Regular.ttf", 400, false),
                charger("liberation/LiberationSans-Bold.ttf", 700, false),
                charger("liberation/LiberationSans-Italic.ttf", 400, true),
                charger("liberation/LiberationSans-BoldItalic.ttf", 700, true));
        couvertures = polices.stream().map(PolicesDocument::couverture).toList();
    }

    List<Police> polices() {
        return polices;
    }

    private static Police charger(String ressource, int graisse, boolean italique) {
        try (InputStream in = PolicesDocument.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("Police introuvable dans le classpath : " + ressource);
            }
            return new Police(ressource, graisse, italique, sansTable(in.readAllBytes(), "GSUB"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The TrueType font without one of its tables. Used to drop GSUB (glyph substitutions: ligatures): PDFBox 3
     * applies it to every text run by compiling regular expressions each time, which made one attestation cost
     * ~0.7 s; the subset embedded in the PDF never carries GSUB anyway, and without ligatures the extracted text is
     * exactly the source text.
     */
    static byte[] sansTable(byte[] police, String etiquette) {
        ByteBuffer source = ByteBuffer.wrap(police);
        int version = source.getInt(0);
        int nombre = Short.toUnsignedInt(source.getShort(4));
        List<int[]> gardees = new ArrayList<>(); // tag, checksum, offset, length
        for (int i = 0; i < nombre; i++) {
            int base = 12 + 16 * i;
            int tag = source.getInt(base);
            if (!etiquette.equals(new String(police, base, 4, StandardCharsets.US_ASCII))) {
                gardees.add(new int[] {tag, source.getInt(base + 4), source.getInt(base + 8), source.getInt(base + 12)});
            }
        }
        if (gardees.size() == nombre) {
            return police;
        }
        int n = gardees.size();
        int puissance = Integer.highestOneBit(n);
        int taille = 12 + 16 * n;
        for (int[] t : gardees) {
            taille += (t[3] + 3) & ~3;
        }
        ByteBuffer sortie = ByteBuffer.allocate(taille);
        sortie.putInt(version).putShort((short) n).putShort((short) (puissance * 16))
                .putShort((short) Integer.numberOfTrailingZeros(puissance)).putShort((short) (n * 16 - puissance * 16));
        int position = 12 + 16 * n;
        for (int[] t : gardees) {
            sortie.putInt(t[0]).putInt(t[1]).putInt(position).putInt(t[3]);
            position += (t[3] + 3) & ~3;
        }
        for (int[] t : gardees) {
            sortie.put(police, t[2], t[3]);
            sortie.position((sortie.position() + 3) & ~3);
        }
        return sortie.array();
    }

    private static CmapLookup couverture(Police police) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(police.octets()));
            return ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when every embedded font (regular, bold, italic) has a glyph for the code point and the renderer can lay
     * it out. Right-to-left letters (Hebrew, which Liberation Sans has, Arabic…) are not: their visual reordering
     * needs openhtmltopdf's bidi module, not published for the version in use, so they are transcribed.
     */
    public boolean imprime(int codePoint) {
        byte sens = Character.getDirectionality(codePoint);
        if (sens == Character.DIRECTIONALITY_RIGHT_TO_LEFT || sens == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return false;
        }
        for (CmapLookup cmap : couvertures) {
            if (cmap.getGlyphId(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text as the documents print it: NFC-normalised; characters the fonts have are kept as they are; spaces
     * of any kind the fonts lack become a plain space; control and format characters are dropped; a run of
     * characters the fonts lack is transcribed to Latin (ICU "Any-Latin", then plain ASCII letters if needed).
     */
    public String imprimable(String texte) {
        String nfc = Normalizer.normalize(texte, Normalizer.Form.NFC);
        StringBuilder sortie = new StringBuilder(nfc.length());
        StringBuilder aTranscrire = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            if (imprime(cp) && !Character.isISOControl(cp)) {
                transcrire(aTranscrire, sortie);
                sortie.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                transcrire(aTranscrire, sortie);
                sortie.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                aTranscrire.appendCodePoint(cp);
            }
        });
        transcrire(aTranscrire, sortie);
        return sortie.toString();
    }

    /** True when {@link #imprimable(String)} would change more than spaces and invisible characters. */
    public boolean doitTranscrire(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFC).codePoints()
                .anyMatch(cp -> !imprime(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT);
    }

    private void transcrire(StringBuilder run, StringBuilder sortie) {
        if (run.isEmpty()) {
            return;
        }
        String latin;
        synchronized (VERS_LATIN) {
            latin = Normalizer.normalize(VERS_LATIN.transliterate(run.toString()), Normalizer.Form.NFC);
        }
        latin.codePoints().forEach(cp -> {
            if (imprime(cp)) {
                sortie.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                String ascii;
                synchronized (VERS_ASCII) {
                    ascii = VERS_ASCII.transliterate(Character.toString(cp));
                }
                ascii.codePoints().filter(this::imprime).forEach(sortie::appendCodePoint);
            }
        });
        run.setLength(0);
    }
}
