package fr.sne.demande.attestation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

/**
 * The attestation d'enregistrement (article R441-2-4 CCH) as an accessible PDF (PDF/UA-1): the template
 * {@code documents/attestation.html} holds the wording, this class only prepares its model (printable texts,
 * dates formatted in Europe/Paris). Deterministic: the same {@link DonneesAttestation} always gives the same bytes.
 */
@Component
public class GenerateurAttestation {

    static final String MODELE = "attestation";
    static final String TITRE = "Attestation d'enregistrement de demande de logement social";
    static final String TITRE_RENOUVELLEMENT = "Attestation de renouvellement de demande de logement social";
    /** What the QR code of a renewal attestation holds: the numéro unique, marked as the registry's. */
    static final String PREFIXE_QR = "SNE:NUN:";
    private static final int COTE_QR = 240;
    static final String AUTEUR = "SNE";
    static final String SUJET = "Article R441-2-4 du code de la construction et de l'habitation";
    static final ZoneId FUSEAU = HorlogeConfiguration.FUSEAU;
    static final String PORTAIL = "www.demande-logement-social.gouv.fr";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurPdf pdf;

    public GenerateurAttestation(GenerateurPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] generer(DonneesAttestation d) {
        PolicesDocument polices = pdf.polices();
        boolean transcrit = Stream.concat(Stream.of(d.demandeur()), d.coDemandeurs().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.nom(), p.prenoms()), p.adresse().stream()))
                .anyMatch(polices::doitTranscrire);
        DonneesAttestation imprimable = imprimable(d, polices);
        String titre = d.dateDernierRenouvellement() == null ? TITRE : TITRE_RENOUVELLEMENT;
        ProprietesDocument proprietes = new ProprietesDocument(titre + " — " + imprimable.numeroUnique(), AUTEUR,
                SUJET, d.genereLe(), d.toString());
        return pdf.pdf(MODELE, Map.of("d", imprimable, "v", new Vue(imprimable, transcrit)), proprietes);
    }

    /** The same data with every free text made printable with the embedded fonts. */
    static DonneesAttestation imprimable(DonneesAttestation d, PolicesDocument polices) {
        return new DonneesAttestation(
                polices.imprimable(d.numeroUnique()),
                d.dateDepot(),
                d.dateDernierRenouvellement(),
                d.dateFinValidite(),
                d.dateSaisineDalo(),
                d.commissionDaloAdresse() == null ? null
                        : String.join("\n", d.commissionDaloAdresse().lines().map(polices::imprimable).toList()),
                personne(d.demandeur(), polices),
                d.coDemandeurs().stream().map(p -> personne(p, polices)).toList(),
                organisme(d.guichet(), polices),
                polices.imprimable(d.territoireLibelle()),
                d.communesSouhaitees().stream().map(polices::imprimable).toList(),
                d.demandeElargie(),
                d.typesLogement().stream().map(polices::imprimable).toList(),
                d.nombrePersonnes(),
                d.bailleurs().stream().map(b -> organisme(b, polices)).toList(),
                d.genereLe());
    }

    private static Personne personne(Personne p, PolicesDocument polices) {
        return new Personne(polices.imprimable(p.civilite()), polices.imprimable(p.nom()),
                polices.imprimable(p.prenoms()), p.adresse().stream().map(polices::imprimable).toList());
    }

    private static Organisme organisme(Organisme o, PolicesDocument polices) {
        return new Organisme(polices.imprimable(o.nom()), o.adresse().stream().map(polices::imprimable).toList(),
                o.telephone() == null || o.telephone().isBlank() ? null : polices.imprimable(o.telephone()));
    }

    static String date(LocalDate date) {
        return JJ_MM_AAAA.format(date);
    }

    static String date(Instant instant) {
        return JJ_MM_AAAA.format(instant.atZone(FUSEAU));
    }

    /**
     * The QR code of a numéro unique as a PNG {@code data:} URI (deterministic: same number, same bytes), so that
     * pièces sent later are matched to the demande without typing the number again.
     */
    static String qrCode(String numeroUnique) {
        try {
            BitMatrix matrice = new QRCodeWriter().encode(PREFIXE_QR + numeroUnique, BarcodeFormat.QR_CODE, COTE_QR,
                    COTE_QR, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrice, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code impossible pour " + numeroUnique, e);
        }
    }

    /** Formatted values and small helpers the template calls ({@code v.…}). */
    public record Vue(DonneesAttestation d, boolean transcrit) {

        /** True when the demande has been renewed: the document is then an attestation de renouvellement. */
        public boolean renouvellement() {
            return d.dateDernierRenouvellement() != null;
        }

        public String intitule() {
            return renouvellement() ? "Attestation de renouvellement" : "Attestation d'enregistrement";
        }

        /** The QR code of the numéro unique on a renewal attestation, else null. */
        public @Nullable String qrCode() {
            return renouvellement() ? GenerateurAttestation.qrCode(d.numeroUnique()) : null;
        }

        public String delivreeLe() {
            return date(d.genereLe());
        }

        public String dateDepot() {
            return date(d.dateDepot());
        }

        public @Nullable String dernierRenouvellement() {
            return d.dateDernierRenouvellement() == null ? null : date(d.dateDernierRenouvellement());
        }

        public String finValidite() {
            return date(d.dateFinValidite());
        }

        /** Null when the territory's "délai anormalement long" is not configured. */
        public @Nullable String saisineDalo() {
            return d.dateSaisineDalo() == null ? null : date(d.dateSaisineDalo());
        }

        /** The commission's address lines; empty when not configured. */
        public List<String> commissionDalo() {
            return d.commissionDaloAdresse() == null || d.commissionDaloAdresse().isBlank() ? List.of()
                    : d.commissionDaloAdresse().lines().toList();
        }

        public @Nullable String telephoneGuichet() {
            return d.guichet().telephone();
        }

        public String portail() {
            return PORTAIL;
        }

        public List<Personne> personnes() {
            List<Personne> toutes = new ArrayList<>();
            toutes.add(d.demandeur());
            toutes.addAll(d.coDemandeurs());
            return toutes;
        }

        public String nomComplet(Personne p) {
            return (p.civilite() + " " + p.prenoms() + " " + p.nom()).trim();
        }

        /** "Name — address, lines — tél. number". */
        public String organisme(Organisme o) {
            StringBuilder texte = new StringBuilder(o.nom());
            if (!o.adresse().isEmpty()) {
                texte.append(" — ").append(String.join(", ", o.adresse()));
            }
            if (o.telephone() != null) {
                texte.append(" — tél. ").append(o.telephone());
            }
            return texte.toString();
        }
    }
}
