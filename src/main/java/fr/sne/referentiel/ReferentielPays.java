package fr.sne.referentiel;

import java.util.List;
import java.util.Optional;

/** Countries of the INSEE COG, with their former names. */
public interface ReferentielPays {

    /** "99350"; obsolete codes of the 2014 COG resolve too (with {@code actuel == false}). */
    Optional<Pays> parCode(String codeCog);

    /** Accent-, case-, punctuation- and article-insensitive: "maroc", "MAROC", "Maroc", "Norvège"/"NORVEGE",
     *  "ETATS-UNIS"/"États-Unis", official names ("Royaume du Maroc"), ISO2/ISO3 codes, and former names
     *  from pays2014 ANCNOM ("HOLLANDE" → Pays-Bas) resolve; an unknown name gives empty. */
    Optional<Pays> parNom(String nom);

    /** Either a 5-digit COG code or a name. */
    Optional<Pays> resoudre(String codeOuNom);

    /** Every country and territory, current ones first, each group in code order. */
    List<Pays> tous();
}
