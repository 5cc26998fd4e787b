package fr.sne.referentiel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The SNE code lists of the interface specification ("ListeCivilite", "ListeMotifDemande"...). */
public interface Nomenclatures {

    boolean contient(String liste, String code);

    Optional<String> libelle(String liste, String code);

    /** Code → libellé, in file order; empty for an unknown list. */
    Map<String, String> liste(String liste);

    /** The names of all lists, in file order. */
    Set<String> listes();
}
