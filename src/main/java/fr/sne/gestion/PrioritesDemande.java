package fr.sne.gestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The priorities recognised to demandes (L441-1 publics, DALO prioritaire et urgent), derived from their events of
 * the gestion partagée: for the attribution chain's candidate search, which puts priorities first, and for the
 * demande's page. One priority per code: the latest recognition (a later DALO decision replaces an earlier one).
 * Order: DALO first, then the publics in the order of their code list. It answers without asking who reads: each
 * caller asks {@code VisibiliteDemandes} first.
 */
public interface PrioritesDemande {

    /** The priorities of this demande (empty when none, or unknown). */
    List<Priorite> priorites(String numeroUnique);

    /**
     * The priorities of many demandes, read in one query: every numéro asked is a key, with an empty list when it
     * has none.
     */
    Map<String, List<Priorite>> priorites(Collection<String> numerosUniques);
}
