package fr.sne.commun.formulaire;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A choice of a select or of radio buttons: the value sent, its label, an optional hint under it, and whether it is
 * shown but cannot be chosen.
 */
public record Option(String valeur, String libelle, @Nullable String indice, boolean inactive) {

    public static Option de(String valeur, String libelle) {
        return new Option(valeur, libelle, null, false);
    }

    /** The choices of an enumeration, each sent as its constant's name, in the map's order. */
    public static List<Option> deEnum(Map<? extends Enum<?>, String> libelles) {
        return libelles.entrySet().stream().map(e -> de(e.getKey().name(), e.getValue())).toList();
    }
}
