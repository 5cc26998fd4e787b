package fr.sne.attribution.domaine;

import java.util.Collection;
import java.util.Set;

/**
 * Port: which of these demandes are recognised as priorities (L441-1 CCH, DALO), so that they are proposed first
 * (the priorities of the gestion partagée provide it).
 */
public interface PrioritesCandidats {

    /** The numéros among these that have a priority recognised. */
    Set<String> prioritaires(Collection<String> numerosUniques);
}
