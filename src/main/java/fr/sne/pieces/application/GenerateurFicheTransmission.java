package fr.sne.pieces.application;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.commun.qr.ContenuQr;
import fr.sne.commun.qr.NatureFeuille;
import fr.sne.commun.qr.SceauQr;

/**
 * The fiche de transmission as a one-page accessible PDF (PDF/UA-1, template {@code documents/fiche-transmission.html})
 * with the registry's signed QR code ({@link SceauQr}, ADR 0024). Deterministic: the same fiche, the same bytes.
 */
@Component
public class GenerateurFicheTransmission {

    static final String MODELE = "fiche-transmission";
    static final String TITRE = "Fiche de transmission des pièces justificatives";
    static final String SUJET = "Pièces justificatives de la demande de logement social (article R441-2-4-1 du code "
            + "de la construction et de l'habitation)";
    static final String PORTAIL = "www.demande-logement-social.gouv.fr";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurPdf pdf;
    private final SceauQr sceau;

    public GenerateurFicheTransmission(GenerateurPdf pdf, SceauQr sceau) {
        this.pdf = pdf;
        this.sceau = sceau;
    }

    /** What the fiche's QR code says. */
    public static ContenuQr contenuQr(FicheTransmission f) {
        return new ContenuQr(NatureFeuille.FICHE_TRANSMISSION, f.numeroUnique(),
                f.imprimeeLe().atZone(HorlogeConfiguration.FUSEAU).toLocalDate());
    }

    public byte[] generer(FicheTransmission f) {
        PolicesDocument polices = pdf.polices();
        FicheTransmission imprimable = new FicheTransmission(f.numeroUnique(), polices.imprimable(f.nomComplet()),
                f.adresse().stream().map(polices::imprimable).toList(), polices.imprimable(f.guichet()),
                polices.imprimable(f.territoireLibelle()),
                f.piecesAttendues().stream().map(p -> new FicheTransmission.PieceAttendue(
                        polices.imprimable(p.libelle()), p.etape())).toList(),
                f.imprimeeLe());
        Vue vue = new Vue(JJ_MM_AAAA.format(f.imprimeeLe().atZone(HorlogeConfiguration.FUSEAU)),
                sceau.uriDonnees(contenuQr(f)), PORTAIL);
        ProprietesDocument proprietes = new ProprietesDocument(TITRE + " — " + f.numeroUnique(), "SNE", SUJET,
                f.imprimeeLe(), f.toString());
        return pdf.pdf(MODELE, Map.of("f", imprimable, "v", vue), proprietes);
    }

    /** Formatted values the template reads ({@code v.…}). */
    public record Vue(String imprimeeLe, String qrCode, String portail) {
    }
}
