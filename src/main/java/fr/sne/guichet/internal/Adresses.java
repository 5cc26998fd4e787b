package fr.sne.guichet.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Builds postal address lines from the stored columns, skipping empty ones. */
final class Adresses {

    private Adresses() {
    }

    static List<String> lignes(@Nullable String ligne1, @Nullable String ligne2, @Nullable String codePostal,
            @Nullable String commune) {
        List<String> lignes = new ArrayList<>(3);
        ajouter(lignes, ligne1);
        ajouter(lignes, ligne2);
        String derniere = ((codePostal == null ? "" : codePostal.strip()) + " "
                + (commune == null ? "" : commune.strip())).strip();
        ajouter(lignes, derniere);
        return List.copyOf(lignes);
    }

    private static void ajouter(List<String> lignes, @Nullable String ligne) {
        if (ligne != null && !ligne.isBlank()) {
            lignes.add(ligne.strip());
        }
    }
}
