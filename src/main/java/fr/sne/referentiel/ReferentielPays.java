package fr.sne.referentiel;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Countries of the INSEE COG, with their former names. */
public interface ReferentielPays {

    /** "99350"; obsolete codes of the 2014 COG resolve too (with {@code actuel == false}). */
    Optional<Pays> parCode(String codeCog);

    /** Accent-, case-, punctuation- and article-insensitive: "maroc", "MAROC", "Maroc", "Norvège"/"NORVEGE",
     *  "ETATS-UNIS"/"États-Unis", official names ("Royaume du Maroc"), ISO2/ISO3 codes, and former names
     *  from pays2014 ANCNOM ("HOLLANDE" → Pays-Bas) resolve; an unknown name gives empty. A lookup: a country
     *  field of a demande is read by {@link #lire}, which refuses ISO codes and France. */
    Optional<Pays> parNom(String nom);

    /** Either a 5-digit COG code or a name. */
    Optional<Pays> resoudre(String codeOuNom);

    /**
     * A country field's value read by the 2025 rules (ADR 0019): a name (case, accents, articles and word order
     * ignored) or a deprecated COG code gives its country; an ISO code, France ("France", "99100", "République
     * française") or a DROM-COM ("Guadeloupe", "La Réunion", "Saint-Martin"…) is refused as such.
     */
    SaisiePays lire(String saisie);

    /**
     * A stored country as it is shown and given back: its COG name, whether the stored value is a name or, in a
     * document written before ADR 0019 (a movement's), a COG code; a value that is neither is given as stored.
     */
    default String libelle(String stocke) {
        return resoudre(stocke).map(Pays::nom).orElse(stocke);
    }

    /**
     * A stored country as a reader gives it out by the 2025 rules: {@link #libelle}, but nothing for France (a
     * movement document written before V96 may hold 99100), which is not a country.
     */
    default @Nullable String relu(String stocke) {
        return resoudre(stocke).filter(p -> !p.estFrance()).map(Pays::nom)
                .orElse(resoudre(stocke).isPresent() ? null : stocke);
    }

    /** Every country and territory, current ones first, each group in code order. */
    List<Pays> tous();
}
