package fr.sne.pieces.domaine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the filing plan: its categories in their order, codes unique, {@link Categorie#A_QUALIFIER} always
 * among them, and at least one category needed to register.
 */
public record PlanDeClassement(int version, List<Categorie> categories) {

    public PlanDeClassement {
        categories = List.copyOf(categories);
        if (version < 1) {
            throw new IllegalArgumentException("version de plan invalide : " + version);
        }
        Set<String> codes = new HashSet<>();
        for (Categorie c : categories) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("catégorie en double : " + c.code());
            }
        }
        if (!codes.contains(Categorie.A_QUALIFIER)) {
            throw new IllegalArgumentException("le plan n'a pas de catégorie " + Categorie.A_QUALIFIER);
        }
    }

    /** The category of this code, if the plan has it. */
    public Optional<Categorie> categorie(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
