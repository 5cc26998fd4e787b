package fr.sne.demande.application;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the attestation says of the DALO mediation commission, per territory: the "délai anormalement long"
 * set by préfectoral arrêté, after which the applicant may seize the commission, and the commission's address.
 * The values shipped are placeholders for the gestionnaire territorial to set.
 */
@ConfigurationProperties("sne.dalo")
public record ParametresDalo(int delaiParDefautMois, Map<String, Integer> delaiMoisParTerritoire,
        Map<String, String> commissionParTerritoire) {

    public ParametresDalo {
        if (delaiParDefautMois <= 0) {
            delaiParDefautMois = 36;
        }
        delaiMoisParTerritoire = delaiMoisParTerritoire == null ? Map.of() : Map.copyOf(delaiMoisParTerritoire);
        commissionParTerritoire = commissionParTerritoire == null ? Map.of() : Map.copyOf(commissionParTerritoire);
    }

    public int delaiMois(String territoire) {
        return delaiMoisParTerritoire.getOrDefault(territoire, delaiParDefautMois);
    }

    public String commission(String territoire, String libelleTerritoire) {
        return commissionParTerritoire.getOrDefault(territoire, "Commission de médiation DALO — " + libelleTerritoire
                + "\nSecrétariat de la commission, préfecture du département");
    }
}
