package fr.sne.commun.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class PolicesDocumentTest {

    private final PolicesDocument polices = new PolicesDocument();

    @Test
    void les_polices_embarquees_sont_lisibles_sans_table_gsub_et_gardent_leurs_glyphes() throws Exception {
        for (PolicesDocument.Police police : polices.polices()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(police.octets()));
            assertThat(ttf.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "hmtx", "head");
            assertThat(ttf.getNumberOfGlyphs()).isGreaterThan(2000);
            assertThat(ttf.getUnicodeCmapLookup().getGlyphId('ễ')).isPositive();
        }
    }

    @Test
    void latin_grec_cyrillique_gardes_tels_quels_le_reste_transcrit() {
        assertThat(polices.imprimable("Nguyễn Łukasz Ελλάδα Смирнова")).isEqualTo("Nguyễn Łukasz Ελλάδα Смирнова");
        assertThat(polices.doitTranscrire("Nguyễn Ελλάδα Смирнова")).isFalse();
        assertThat(polices.imprimable("e\u0301")).isEqualTo("é");
        assertThat(polices.imprimable("a\tb\u0007c")).isEqualTo("a bc");
        assertThat(polices.doitTranscrire("王小明")).isTrue();
        assertThat(polices.imprimable("王小明")).isEqualTo("wáng xiǎo míng");
        assertThat(polices.imprimable("שלום")).matches("[\\p{IsLatin} ]+");
    }
}
