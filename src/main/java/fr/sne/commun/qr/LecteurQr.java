package fr.sne.commun.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Finds the QR code of a sheet on a page image (ZXing) or on a PDF page rendered to an image (PDFBox): the text of
 * the code, not yet verified ({@link SceauQr#verifier(String)} does that).
 */
public final class LecteurQr {

    /** Resolution of a page rendered to be read: a scan's usual 200 dpi. */
    static final float DPI = 200f;
    /** The longest side of a rendered page, whatever its declared size (a huge page is scaled down, not drawn). */
    static final int COTE_MAX_PIXELS = 3_000;

    private LecteurQr() {
    }

    /** The text of the QR code found on this image, if any. */
    public static Optional<String> lire(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Map<DecodeHintType, Object> indices = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, indices).getText());
            } catch (NotFoundException e) {
                // try the next binarizer
            } catch (ReaderException e) {
                // a code was seen but not decoded (damaged, truncated): try the next binarizer
            }
        }
        return Optional.empty();
    }

    /** The page (from 0) rendered in grey at {@value #DPI} dpi, scaled down when larger than a poster. */
    public static BufferedImage image(PDDocument document, int page) throws IOException {
        PDPage pdPage = document.getPage(page);
        PDRectangle boite = pdPage.getCropBox();
        float cote = Math.max(boite.getWidth(), boite.getHeight()) / 72f * DPI;
        float dpi = cote > COTE_MAX_PIXELS ? DPI * COTE_MAX_PIXELS / cote : DPI;
        return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
    }

    /** The text of the QR code found on this page of a PDF (from 0), if any. */
    public static Optional<String> lire(PDDocument document, int page) throws IOException {
        return lire(image(document, page));
    }
}
