package fr.sne.demande.web.pages;

import java.util.Arrays;
import java.util.Optional;

import fr.sne.demande.domaine.EcranConsultation;

/** The tabs of a demande's page: each its own address ({@code ?onglet=menage}) and its own line in the journal. */
public enum Onglet {
    IDENTITE("identite", "Identité", EcranConsultation.IDENTITE),
    MENAGE("menage", "Ménage", EcranConsultation.MENAGE),
    RESSOURCES("ressources", "Ressources", EcranConsultation.RESSOURCES),
    LOGEMENT("logement", "Logement recherché", EcranConsultation.LOGEMENT),
    HISTORIQUE("historique", "Historique", EcranConsultation.HISTORIQUE),
    CONSULTATIONS("consultations", "Consultations", EcranConsultation.CONSULTATIONS);

    private final String code;
    private final String libelle;
    private final EcranConsultation ecran;

    Onglet(String code, String libelle, EcranConsultation ecran) {
        this.code = code;
        this.libelle = libelle;
        this.ecran = ecran;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public EcranConsultation ecran() {
        return ecran;
    }

    static Optional<Onglet> deCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
