package fr.sne.pieces;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Files for the pieces' tests, made on the spot: each distinct (its own SHA-256) unless said. */
public final class FichiersEssai {

    private FichiersEssai() {
    }

    /** A PDF of this many blank pages, distinct from any other. */
    public static byte[] pdf(int pages) {
        return pdf(pages, d -> {
        });
    }

    static byte[] pdf(int pages, Consumer<PDDocument> changement) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.getDocumentInformation().setTitle("essai " + UUID.randomUUID());
            changement.accept(document);
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF protected by a password to open it. */
    static byte[] pdfChiffre(String motDePasseUtilisateur) {
        return pdf(1, d -> {
            StandardProtectionPolicy politique = new StandardProtectionPolicy("proprietaire", motDePasseUtilisateur,
                    new AccessPermission());
            politique.setEncryptionKeyLength(128);
            try {
                d.protect(politique);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A PDF that runs JavaScript when opened. */
    static byte[] pdfJavaScript() {
        return pdf(1, d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('essai');")));
    }

    /** A PDF carrying an embedded file. */
    static byte[] pdfFichierIncorpore() {
        return pdf(1, d -> {
            try {
                PDEmbeddedFile incorpore = new PDEmbeddedFile(d, new ByteArrayInputStream(
                        "MZ pas un programme".getBytes(StandardCharsets.US_ASCII)));
                incorpore.setSubtype("application/octet-stream");
                PDComplexFileSpecification specification = new PDComplexFileSpecification();
                specification.setFile("outil.exe");
                specification.setEmbeddedFile(incorpore);
                PDEmbeddedFilesNameTreeNode arbre = new PDEmbeddedFilesNameTreeNode();
                arbre.setNames(Map.of("outil.exe", specification));
                PDDocumentNameDictionary noms = new PDDocumentNameDictionary(d.getDocumentCatalog());
                noms.setEmbeddedFiles(arbre);
                d.getDocumentCatalog().setNames(noms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A small image of this format (png, jpg), distinct from any other. */
    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(UUID.randomUUID().hashCode() & 0xFFFFFF));
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.WHITE);
        g.fillRect((int) (Math.random() * 30), 5, 7, 7);
        g.dispose();
        try (ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A well-formed PNG whose header declares {@code largeur × hauteur} pixels and whose data are a few bytes: a
     * decompression bomb for whoever decodes it.
     */
    static byte[] pngDeclarant(int largeur, int hauteur) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(largeur).putInt(hauteur).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        morceau(png, "IHDR", ihdr.array());
        Deflater compression = new Deflater();
        compression.setInput(new byte[1024]);
        compression.finish();
        byte[] donnees = new byte[1024];
        int n = compression.deflate(donnees);
        morceau(png, "IDAT", Arrays.copyOf(donnees, n));
        morceau(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void morceau(ByteArrayOutputStream png, String type, byte[] donnees) {
        png.writeBytes(ByteBuffer.allocate(4).putInt(donnees.length).array());
        byte[] nom = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(nom);
        png.writeBytes(donnees);
        CRC32 crc = new CRC32();
        crc.update(nom);
        crc.update(donnees);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The first part of a file (its end cut off). */
    static byte[] tronque(byte[] contenu) {
        return Arrays.copyOf(contenu, contenu.length * 2 / 3);
    }
}
