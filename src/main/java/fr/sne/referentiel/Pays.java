package fr.sne.referentiel;

import org.jspecify.annotations.Nullable;

/**
 * A country or territory of the INSEE COG (code 99xxx; France is 99100). France's DROM-COM are not countries.
 *
 * @param actuel true when the code is in the current COG (a country, or a territory with its own code);
 *               false for an obsolete country kept so that old codes still resolve (e.g. 99115 Tchécoslovaquie)
 */
public record Pays(String code, String nom, String nomOfficiel, @Nullable String iso2, boolean actuel) {

    public static final String CODE_FRANCE = "99100";

    public boolean estFrance() {
        return CODE_FRANCE.equals(code);
    }
}
