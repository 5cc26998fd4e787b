package fr.sne.referentiel;

/**
 * The territory a demande belongs to: a département, or the whole Île-de-France region.
 *
 * @param code 3 characters: département codes left-padded with '0' ("059", "02A", "02B", "971"), and "111" for
 *             Île-de-France (départements 75, 77, 78, 91, 92, 93, 94, 95 all map to it)
 */
public record Territoire(String code, String libelle) {

    public static final String CODE_ILE_DE_FRANCE = "111";
}
