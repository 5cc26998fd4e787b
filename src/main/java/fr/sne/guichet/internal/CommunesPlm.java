package fr.sne.guichet.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Paris, Lyon and Marseille: the commune and its arrondissements municipaux designate overlapping places, so a
 * search on one must also match the others (a bailleur present in 75112 owns stock in Paris 75056).
 */
final class CommunesPlm {

    private record Ville(String commune, String prefixeArrondissement, int premier, int dernier) {

        boolean contientArrondissement(String code) {
            if (!code.startsWith(prefixeArrondissement) || code.length() != 5) {
                return false;
            }
            try {
                int numero = Integer.parseInt(code.substring(prefixeArrondissement.length()));
                return numero >= premier && numero <= dernier;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        String arrondissement(int numero) {
            String suffixe = String.valueOf(numero);
            int largeur = 5 - prefixeArrondissement.length();
            return prefixeArrondissement + "0".repeat(largeur - suffixe.length()) + suffixe;
        }
    }

    private static final Ville[] VILLES = {
        new Ville("75056", "751", 1, 20),
        new Ville("69123", "6938", 1, 9),
        new Ville("13055", "132", 1, 16),
    };

    private CommunesPlm() {
    }

    /** The given code plus, for Paris/Lyon/Marseille, the whole city and all its arrondissements. */
    static Set<String> equivalents(String code) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        for (Ville ville : VILLES) {
            if (ville.commune().equals(code) || ville.contientArrondissement(code)) {
                codes.add(ville.commune());
                for (int n = ville.premier(); n <= ville.dernier(); n++) {
                    codes.add(ville.arrondissement(n));
                }
            }
        }
        return codes;
    }
}
