package fr.sne.pieces.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.pieces.application.port.ControleContenu;

/**
 * {@link ControleContenu} with Tika (the type from the bytes' magic numbers, never from a name), PDFBox (a PDF
 * opened, not rendered: encryption, and every object reachable from its trailer walked for JavaScript and embedded
 * files) and the JDK's image readers (an image's width and height read from its header, never its pixels decoded).
 * A file whose end is missing is refused before it is parsed: a PDF ends with {@code %%EOF}, a PNG with its
 * {@code IEND} chunk, a JPEG with its end-of-image marker.
 */
@Component
class ControleContenuPdfImage implements ControleContenu {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    /** The most objects walked in a PDF (a piece has a few thousand at most). */
    static final int OBJETS_MAX = 500_000;

    private static final byte[] FIN_PNG = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final COSName NOMS_JAVASCRIPT = COSName.JAVA_SCRIPT;
    private static final COSName PIECE_JOINTE = COSName.getPDFName("FileAttachment");

    private final Tika tika = new Tika();
    private final long pixelsMax;
    private final int coteMax;

    ControleContenuPdfImage(@Value("${sne.pieces.pixels-max:50000000}") long pixelsMax,
            @Value("${sne.pieces.cote-max:20000}") int coteMax) {
        this.pixelsMax = pixelsMax;
        this.coteMax = coteMax;
    }

    @Override
    public ContenuReconnu examiner(Path fichier) {
        long taille;
        String type;
        try {
            taille = Files.size(fichier);
            if (taille == 0) {
                throw refus(CodeMotif.PIECE_VIDE, Map.of());
            }
            try (InputStream flux = new BufferedInputStream(Files.newInputStream(fichier))) {
                type = tika.detect(flux);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("lecture du fichier déposé impossible", e);
        }
        return switch (type) {
            case PDF -> pdf(fichier);
            case JPEG, PNG -> image(fichier, type);
            default -> throw refus(CodeMotif.TYPE_PIECE_NON_ADMIS, Map.of("type", type));
        };
    }

    private ContenuReconnu pdf(Path fichier) {
        if (!finContient(fichier, "%%EOF".getBytes(StandardCharsets.US_ASCII), 1024)) {
            throw refus(CodeMotif.PIECE_TRONQUEE, Map.of());
        }
        try (PDDocument document = Loader.loadPDF(fichier.toFile())) {
            if (document.isEncrypted()) {
                throw refus(CodeMotif.PDF_CHIFFRE, Map.of());
            }
            Danger danger = danger(document.getDocument().getTrailer());
            if (danger == Danger.JAVASCRIPT) {
                throw refus(CodeMotif.PDF_JAVASCRIPT, Map.of());
            }
            if (danger == Danger.FICHIER_INCORPORE) {
                throw refus(CodeMotif.PDF_FICHIER_INCORPORE, Map.of());
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw refus(CodeMotif.PIECE_ILLISIBLE, Map.of("type", "PDF"));
            }
            return new ContenuReconnu(PDF, pages);
        } catch (InvalidPasswordException e) {
            throw refus(CodeMotif.PDF_CHIFFRE, Map.of());
        } catch (IOException | RuntimeException e) {
            if (e instanceof DonneesInvalidesException refus) {
                throw refus;
            }
            throw refus(CodeMotif.PIECE_ILLISIBLE, Map.of("type", "PDF"));
        }
    }

    /** What a PDF must not hold. */
    enum Danger {
        AUCUN, JAVASCRIPT, FICHIER_INCORPORE
    }

    /**
     * Walks every object reachable from the trailer (references followed once each, direct objects within them
     * too) for a JavaScript action or name tree, or an embedded file (name tree, file specification with its
     * {@code EF}, embedded file stream, file attachment annotation).
     */
    static Danger danger(COSDictionary trailer) throws IOException {
        Set<COSBase> vus = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> aVoir = new ArrayDeque<>();
        aVoir.push(trailer);
        while (!aVoir.isEmpty()) {
            COSBase objet = aVoir.pop();
            if (objet instanceof COSObject reference) {
                objet = reference.getObject();
                if (objet == null) {
                    continue;
                }
            }
            if (!vus.add(objet)) {
                continue;
            }
            if (vus.size() > OBJETS_MAX) {
                throw new IOException("PDF de plus de " + OBJETS_MAX + " objets");
            }
            if (objet instanceof COSDictionary d) {
                if (d.containsKey(COSName.JS) || NOMS_JAVASCRIPT.equals(d.getCOSName(COSName.S))
                        || d.containsKey(NOMS_JAVASCRIPT)) {
                    return Danger.JAVASCRIPT;
                }
                if (d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF)
                        || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                        || PIECE_JOINTE.equals(d.getCOSName(COSName.SUBTYPE))) {
                    return Danger.FICHIER_INCORPORE;
                }
                for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    // the parent of a page or an annotation leads back up the tree: already on the way
                    if (!COSName.PARENT.equals(e.getKey()) && e.getValue() != null) {
                        aVoir.push(e.getValue());
                    }
                }
            } else if (objet instanceof COSArray tableau) {
                for (Iterator<COSBase> it = tableau.iterator(); it.hasNext();) {
                    COSBase element = it.next();
                    if (element != null) {
                        aVoir.push(element);
                    }
                }
            }
        }
        return Danger.AUCUN;
    }

    private ContenuReconnu image(Path fichier, String type) {
        boolean entiere = type.equals(PNG) ? finContient(fichier, FIN_PNG, FIN_PNG.length)
                : finContient(fichier, new byte[] {(byte) 0xFF, (byte) 0xD9}, 64);
        if (!entiere) {
            throw refus(CodeMotif.PIECE_TRONQUEE, Map.of());
        }
        Iterator<ImageReader> lecteurs = ImageIO.getImageReadersByMIMEType(type);
        if (!lecteurs.hasNext()) {
            throw new IllegalStateException("aucun lecteur d'image " + type);
        }
        ImageReader lecteur = lecteurs.next();
        long largeur;
        long hauteur;
        try (ImageInputStream flux = ImageIO.createImageInputStream(fichier.toFile())) {
            // the header only: the width and height it declares, no pixel decoded
            lecteur.setInput(flux, true, true);
            largeur = lecteur.getWidth(0);
            hauteur = lecteur.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw refus(CodeMotif.PIECE_ILLISIBLE, Map.of("type", type.equals(PNG) ? "PNG" : "JPEG"));
        } finally {
            lecteur.dispose();
        }
        if (largeur < 1 || hauteur < 1 || largeur > coteMax || hauteur > coteMax || largeur * hauteur > pixelsMax) {
            throw refus(CodeMotif.IMAGE_TROP_GRANDE, Map.of("largeur", largeur, "hauteur", hauteur, "max", pixelsMax,
                    "cote", coteMax));
        }
        return new ContenuReconnu(type, 1);
    }

    /** Whether the last {@code fenetre} bytes of the file contain {@code motif}. */
    static boolean finContient(Path fichier, byte[] motif, int fenetre) {
        try (RandomAccessFile f = new RandomAccessFile(fichier.toFile(), "r")) {
            long longueur = f.length();
            int n = (int) Math.min(longueur, Math.max(fenetre, motif.length));
            byte[] fin = new byte[n];
            f.seek(longueur - n);
            f.readFully(fin);
            for (int i = n - motif.length; i >= 0; i--) {
                boolean egal = true;
                for (int j = 0; j < motif.length && egal; j++) {
                    egal = fin[i + j] == motif[j];
                }
                if (egal) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("lecture du fichier déposé impossible", e);
        }
    }

    private static DonneesInvalidesException refus(CodeMotif code, Map<String, ?> parametres) {
        return new DonneesInvalidesException(List.of(new ErreurChamp("fichier", code, code.message(parametres))));
    }
}
