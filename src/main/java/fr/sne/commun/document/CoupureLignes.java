package fr.sne.commun.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by the Unicode rules (UAX #14, ICU): never inside a date "12/09/2025" or a number, where the JDK's
 * breaker used by default would cut after a slash. One instance per rendering (not thread-safe).
 */
final class CoupureLignes implements FSTextBreaker {

    private final BreakIterator iterateur = BreakIterator.getLineInstance(ULocale.FRENCH);

    @Override
    public int next() {
        return iterateur.next();
    }

    @Override
    public void setText(String texte) {
        iterateur.setText(texte);
    }
}
