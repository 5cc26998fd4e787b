package fr.sne.commun.qr;

import java.util.Arrays;
import java.util.Optional;

/** The kind of printed sheet a QR code stands on, with its two-letter code in the code's text. */
public enum NatureFeuille {

    ATTESTATION_ENREGISTREMENT("AE", "Attestation d'enregistrement"),
    ATTESTATION_RENOUVELLEMENT("AR", "Attestation de renouvellement"),
    FICHE_TRANSMISSION("FT", "Fiche de transmission");

    private final String code;
    private final String libelle;

    NatureFeuille(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    static Optional<NatureFeuille> deCode(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
