package fr.sne.commun.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.sne.commun.CodeMotif;

/**
 * Signs, draws and verifies the QR code of a printed sheet (ADR 0024). The code's text is
 * <pre>SNE1:&lt;kind&gt;:&lt;numéro unique&gt;:&lt;yyyyMMdd&gt;:&lt;signature&gt;</pre>
 * where the signature is the first 16 bytes of HMAC-SHA256, keyed with {@code sne.qr.cle}, of everything before
 * the last colon, in upper-case hexadecimal: the whole text stays in the QR alphanumeric alphabet (a small code, read
 * well from a poor scan). Deterministic: the same content gives the same text and the same image.
 * <p>
 * The key is one setting shared by every instance (at least 32 characters; the {@code prod} profile requires it
 * and refuses the public demo key). A sheet printed before a change of key stays readable while the former key is
 * listed in {@code sne.qr.cles-precedentes}.
 */
@Component
public class SceauQr {

    /** The demo key of the default run (public: in the sources). */
    public static final String CLE_DEMONSTRATION = "cle-de-demonstration-du-qr-code-sne-publique";
    static final String VERSION = "SNE1";
    static final int OCTETS_SIGNATURE = 16;
    static final int LONGUEUR_MIN_CLE = 32;
    private static final int COTE_IMAGE = 240;
    private static final DateTimeFormatter AAAAMMJJ =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TEXTE = Pattern.compile(
            VERSION + ":([A-Z]{2}):([0-9A-Z]{18}):([0-9]{8}):([0-9A-F]{" + 2 * OCTETS_SIGNATURE + "})");

    private final byte[] cle;
    private final List<byte[]> clesPrecedentes;

    public SceauQr(@Value("${sne.qr.cle:}") String cle,
            @Value("${sne.qr.cles-precedentes:}") List<String> clesPrecedentes, Environment environnement) {
        verifierCle("sne.qr.cle", cle);
        if (environnement.matchesProfiles("prod") && CLE_DEMONSTRATION.equals(cle)) {
            throw new IllegalStateException("sne.qr.cle : la clé de démonstration est publique, refusée sous le "
                    + "profil prod");
        }
        this.cle = cle.getBytes(StandardCharsets.UTF_8);
        List<byte[]> precedentes = new ArrayList<>();
        for (String precedente : clesPrecedentes) {
            if (!precedente.isBlank()) {
                verifierCle("sne.qr.cles-precedentes", precedente);
                precedentes.add(precedente.getBytes(StandardCharsets.UTF_8));
            }
        }
        this.clesPrecedentes = List.copyOf(precedentes);
    }

    /** A scheme with this key only (tests, tools). */
    public static SceauQr avecCle(String cle) {
        return new SceauQr(cle, List.of(), new org.springframework.core.env.StandardEnvironment());
    }

    private static void verifierCle(String reglage, String cle) {
        if (cle.strip().length() < LONGUEUR_MIN_CLE) {
            throw new IllegalStateException(reglage + " : la clé de signature des QR codes est obligatoire (au moins "
                    + LONGUEUR_MIN_CLE + " caractères, la même sur chaque instance)");
        }
    }

    /** The signed text of the code. */
    public String texte(ContenuQr contenu) {
        String message = message(contenu.nature().code(), contenu.numeroUnique(), AAAAMMJJ.format(contenu.date()));
        return message + ":" + HexFormat.of().withUpperCase().formatHex(signature(cle, message));
    }

    /**
     * The content of a code's text, once its shape and signature are checked; else {@link QrRefuseException} with
     * {@link CodeMotif#QR_INVALIDE} (another scheme, altered, truncated, other key).
     */
    public ContenuQr verifier(String texte) {
        Matcher m = TEXTE.matcher(texte);
        if (!m.matches()) {
            throw new QrRefuseException(CodeMotif.QR_INVALIDE);
        }
        String message = message(m.group(1), m.group(2), m.group(3));
        byte[] lue = HexFormat.of().parseHex(m.group(4));
        boolean signee = MessageDigest.isEqual(lue, signature(cle, message))
                || clesPrecedentes.stream().anyMatch(c -> MessageDigest.isEqual(lue, signature(c, message)));
        if (!signee) {
            throw new QrRefuseException(CodeMotif.QR_INVALIDE);
        }
        Optional<NatureFeuille> nature = NatureFeuille.deCode(m.group(1));
        if (nature.isEmpty() || !ContenuQr.NUMERO_UNIQUE.matcher(m.group(2)).matches()) {
            throw new QrRefuseException(CodeMotif.QR_INVALIDE);
        }
        try {
            return new ContenuQr(nature.get(), m.group(2), LocalDate.parse(m.group(3), AAAAMMJJ));
        } catch (DateTimeException e) {
            throw new QrRefuseException(CodeMotif.QR_INVALIDE);
        }
    }

    /** The code as a PNG image (black on white, quiet zone of one module, error correction M). */
    public byte[] png(ContenuQr contenu) {
        try {
            BitMatrix matrice = new QRCodeWriter().encode(texte(contenu), BarcodeFormat.QR_CODE, COTE_IMAGE,
                    COTE_IMAGE, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 1));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrice, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code impossible pour " + contenu.numeroUnique(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #png} as a {@code data:} URI, for a document template's {@code <img src>}. */
    public String uriDonnees(ContenuQr contenu) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(contenu));
    }

    private static String message(String nature, String numeroUnique, String date) {
        return VERSION + ":" + nature + ":" + numeroUnique + ":" + date;
    }

    private static byte[] signature(byte[] cle, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cle, "HmacSHA256"));
            byte[] complete = mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
            byte[] tronquee = new byte[OCTETS_SIGNATURE];
            System.arraycopy(complete, 0, tronquee, 0, OCTETS_SIGNATURE);
            return tronquee;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", e);
        }
    }
}
