package fr.sne.echanges.domaine;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an export holds, once checked: its entities, the statuses of its demandes, and where (whole territories,
 * Île-de-France départements by their communes, communes).
 */
public record CommandeExport(Set<Entite> entites, Set<String> etats, Set<String> territoires,
        Set<String> departements, Set<String> communes, @Nullable Integer profondeurDrm) {

    public CommandeExport {
        entites = Set.copyOf(entites);
        etats = Set.copyOf(etats);
        territoires = Set.copyOf(territoires);
        departements = Set.copyOf(departements);
        communes = Set.copyOf(communes);
    }
}
