package fr.sne.demande.application;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the attestation says of the DALO mediation commission (article L441-2-3 CCH), per territory: the
 * "délai anormalement long" set by préfectoral arrêté in each département (article L441-1-4 CCH), after which the
 * applicant may seize the commission, and the commission's address.
 * <p>
 * Nothing is invented: a territory without a configured delay or address gets an attestation that says so and
 * tells where to ask. With {@code sne.dalo.configuration-obligatoire} (set by the {@code prod} profile) the
 * application refuses to start until both settings are given, for the same territories.
 *
 * @param delaiMoisParTerritoire   délai anormalement long in months, by territory code ("059", "111"…)
 * @param commissionParTerritoire  commission address (lines separated by line breaks), by territory code
 * @param configurationObligatoire refuse to start when the two maps are empty or do not name the same territories
 */
@ConfigurationProperties("sne.dalo")
public record ParametresDalo(Map<String, Integer> delaiMoisParTerritoire, Map<String, String> commissionParTerritoire,
        boolean configurationObligatoire) {

    static final String DELAIS = "sne.dalo.delai-mois-par-territoire";
    static final String COMMISSIONS = "sne.dalo.commission-par-territoire";

    public ParametresDalo {
        delaiMoisParTerritoire = delaiMoisParTerritoire == null ? Map.of() : Map.copyOf(delaiMoisParTerritoire);
        commissionParTerritoire = commissionParTerritoire == null ? Map.of() : Map.copyOf(commissionParTerritoire);
        delaiMoisParTerritoire.forEach((territoire, mois) -> {
            if (mois == null || mois <= 0 || mois > 120) {
                throw new IllegalArgumentException(DELAIS + "." + territoire + " : un nombre de mois entre 1 et 120 est "
                        + "attendu (délai anormalement long fixé par arrêté préfectoral, article L441-1-4 CCH), reçu "
                        + mois);
            }
        });
        commissionParTerritoire.forEach((territoire, adresse) -> {
            if (adresse == null || adresse.isBlank()) {
                throw new IllegalArgumentException(COMMISSIONS + "." + territoire + " : adresse vide");
            }
        });
        if (configurationObligatoire) {
            verifierComplet(delaiMoisParTerritoire, commissionParTerritoire);
        }
    }

    private static void verifierComplet(Map<String, Integer> delais, Map<String, String> commissions) {
        if (delais.isEmpty()) {
            throw new IllegalStateException(DELAIS + " n'est pas renseigné : le délai anormalement long de chaque "
                    + "territoire (arrêté préfectoral, article L441-1-4 CCH) est imprimé sur l'attestation "
                    + "d'enregistrement et doit être configuré en production");
        }
        if (commissions.isEmpty()) {
            throw new IllegalStateException(COMMISSIONS + " n'est pas renseigné : l'adresse de la commission de "
                    + "médiation DALO de chaque territoire est imprimée sur l'attestation d'enregistrement et doit "
                    + "être configurée en production");
        }
        Set<String> sansCommission = new TreeSet<>(delais.keySet());
        sansCommission.removeAll(commissions.keySet());
        Set<String> sansDelai = new TreeSet<>(commissions.keySet());
        sansDelai.removeAll(delais.keySet());
        if (!sansCommission.isEmpty()) {
            throw new IllegalStateException(COMMISSIONS + " ne donne pas l'adresse de la commission DALO des "
                    + "territoires " + sansCommission + " (leur délai est configuré dans " + DELAIS + ")");
        }
        if (!sansDelai.isEmpty()) {
            throw new IllegalStateException(DELAIS + " ne donne pas le délai anormalement long des territoires "
                    + sansDelai + " (leur commission est configurée dans " + COMMISSIONS + ")");
        }
    }

    /** The territory's délai anormalement long in months, or null when not configured. */
    public @Nullable Integer delaiMois(String territoire) {
        return delaiMoisParTerritoire.get(territoire);
    }

    /** The territory's commission address, or null when not configured. */
    public @Nullable String commission(String territoire) {
        return commissionParTerritoire.get(territoire);
    }
}
