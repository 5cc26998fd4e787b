package fr.sne.referentiel;

import java.util.List;
import java.util.Optional;

/** Communes, départements, EPCI and territories of the COG (millésime of @etalab/decoupage-administratif). */
public interface ReferentielGeographique {

    /**
     * A current commune or arrondissement municipal; a former code (merged commune, commune déléguée or
     * associée that is not itself a current code) resolves to today's commune. Empty for an unknown code.
     */
    Optional<Commune> commune(String codeInsee);

    /** True when the code only exists as a former code (it resolves, through {@link #commune}, to another one). */
    boolean estCodeAncien(String codeInsee);

    /**
     * The communes and arrondissements municipaux whose name begins with the text (accents, case and punctuation
     * ignored; then those with a word of their name beginning with it), or whose INSEE code or a postcode begins
     * with it when it is a number, best first: the exact name, then the shortest. For the autocomplete of the
     * forms.
     *
     * @param territoire only the communes of this territory ("059", "111"); null: all
     * @param max        at most this many
     */
    List<Commune> rechercherCommunes(String texte, @org.jspecify.annotations.Nullable String territoire, int max);

    /** "59", "2A", "971"; the 3-character territory form "059", "02A" is accepted too. */
    Optional<Departement> departement(String code);

    Optional<Epci> epci(String siren);

    /** The member communes (not the arrondissements municipaux) of an EPCI, in code order; empty if unknown. */
    List<Commune> communesDeEpci(String siren);

    /** Via the commune's département: Île-de-France départements give "111". */
    Territoire territoireDeCommune(Commune commune);

    /**
     * The current communes (not the arrondissements municipaux) of a territory ("059", "111"), in code order; empty
     * for an unknown territory.
     */
    List<Commune> communesDuTerritoire(String territoire);

    /** "059" → Nord, "111" → Île-de-France; an Île-de-France département code ("075") is not a territory. */
    Optional<Territoire> territoire(String code);
}
