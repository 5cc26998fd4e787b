package fr.sne.portail.domaine;

import org.jspecify.annotations.Nullable;

/**
 * One question of the filing: the field of the Cerfa's wire form it answers ({@link #nom}, a JSON path as the
 * registry's validation names its errors: {@code demandeur.prenoms}, {@code motifs[0]}), its page, the kind of
 * answer, and for a choice the registry's code list it offers. Its label and help are the portal's bundle's
 * ({@code depot.question.<nom>}), never the registry's jargon.
 *
 * @param liste the code list of a choice ({@code ListeSexe}...), null otherwise
 */
public record Question(String nom, EtapeDepot etape, Nature nature, @Nullable String liste) {

    /** What the answer is, and how it is read into the wire form. */
    public enum Nature {
        /** a text, kept as typed (trimmed) */
        TEXTE,
        /** an e-mail address */
        COURRIEL,
        /** a phone number (spaces, dots and dashes dropped) */
        TELEPHONE,
        /** a date, ISO (the browser's date field) or JJ/MM/AAAA */
        DATE,
        /** a whole number */
        ENTIER,
        /** an amount in euros, with a comma or a point */
        MONTANT,
        /** yes or no */
        OUI_NON,
        /** one code of a list */
        CHOIX,
        /** several codes of a list */
        CASES,
        /** a country of the referential, by its name; empty: France */
        PAYS,
        /** the commune of the address, by its name, found with the postal code */
        COMMUNE_ADRESSE,
        /** a commune sought, by its name, optionally followed by its postal code */
        COMMUNE
    }

    /** @return the HTML id of its field (dots and brackets as dashes) */
    public String id() {
        return nom.replace('.', '-').replace('[', '-').replace("]", "");
    }

    /**
     * @return the part of its texts' keys ({@code depot.question.<cle>}): its id, but the same for each place of a
     *         person in care ({@code personnesACharge-n-prenoms}), whose label is the same in every place
     */
    public String cle() {
        return id().replaceFirst("^personnesACharge-\\d+-", "personnesACharge-n-");
    }

    /** @return the place (0 for the first) of a person in care this question is about, or -1 */
    public int place() {
        java.util.regex.Matcher m = PLACE.matcher(nom);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("^personnesACharge\\[(\\d+)]");

    /** @return true for a question of the portal itself, which the Cerfa's wire form does not hold */
    public boolean duPortail() {
        return nom.startsWith("portail.");
    }
}
