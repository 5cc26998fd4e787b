package fr.sne.demande.attestation;

import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

import com.ibm.icu.text.Transliterator;

/**
 * Makes any text printable with the standard 14 PDF fonts (WinAnsiEncoding): characters WinAnsi knows are kept
 * (é è à ç ô œ « » ’ €…), other ones are transliterated to Latin/ASCII ("Nguyễn" → "Nguyen", "Łukasz" → "Lukasz",
 * Cyrillic → Latin), spaces of any kind become a plain space, control characters are dropped, "?" as a last resort.
 */
final class TexteWinAnsi {

    private static final Transliterator VERS_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private TexteWinAnsi() {
    }

    static String sur(String texte) {
        String nfc = Normalizer.normalize(texte, Normalizer.Form.NFC);
        StringBuilder sortie = new StringBuilder(nfc.length());
        StringBuilder aTranslitterer = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            if (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                cp = ' ';
            }
            if (encodable(cp)) {
                vider(aTranslitterer, sortie);
                sortie.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                aTranslitterer.appendCodePoint(cp);
            }
        });
        vider(aTranslitterer, sortie);
        return sortie.toString();
    }

    /** Transliterates a run of unsupported characters (kept together so scripts keep their context). */
    private static void vider(StringBuilder run, StringBuilder sortie) {
        if (run.isEmpty()) {
            return;
        }
        String latin;
        synchronized (VERS_ASCII) {
            latin = VERS_ASCII.transliterate(run.toString());
        }
        latin.codePoints().forEach(cp -> {
            if (encodable(cp)) {
                sortie.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                sortie.append('?');
            }
        });
        run.setLength(0);
    }

    static boolean encodable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (Character.isISOControl(cp)) {
            return false;
        }
        String nom = GlyphList.getAdobeGlyphList().codePointToName(cp);
        return !".notdef".equals(nom) && WinAnsiEncoding.INSTANCE.contains(nom);
    }
}
