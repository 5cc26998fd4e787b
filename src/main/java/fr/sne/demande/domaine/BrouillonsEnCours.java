package fr.sne.demande.domaine;

import java.util.List;

/** An agent's drafts not registered yet, the latest first: those that can be resumed, and those that cannot be read. */
public record BrouillonsEnCours(List<Brouillon> brouillons, List<BrouillonIllisible> illisibles) {

    public BrouillonsEnCours {
        brouillons = List.copyOf(brouillons);
        illisibles = List.copyOf(illisibles);
    }
}
