import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Plays a scanner for the README's walk: a bundle made of the fiche de transmission followed by the pages of other
 * PDFs, as the digitisation provider would send it (POST /v1.0/numerisation). Run with the project's classpath:
 *
 *   java -cp "$(cat "$(bench/classpath.sh runtime)")" docs/exemples/AssemblerLot.java fiche.pdf pieces.pdf lot.pdf
 */
public class AssemblerLot {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: AssemblerLot fiche.pdf pieces.pdf... lot.pdf");
        }
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument lot = Loader.loadPDF(new File(args[0]))) {
            for (int i = 1; i < args.length - 1; i++) {
                PDDocument source = Loader.loadPDF(new File(args[i]));
                sources.add(source);
                for (PDPage page : source.getPages()) {
                    lot.importPage(page);
                }
            }
            lot.save(new File(args[args.length - 1]));
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }
}
