package fr.sne.guichet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Bailleurs sociaux and where they own rental stock. */
public interface Bailleurs {

    /**
     * The bailleurs owning rental stock in at least one of these communes (INSEE codes), as listed on the
     * attestation d'enregistrement. For Paris, Lyon and Marseille the whole city and its arrondissements
     * municipaux match each other (asking for 75056 finds a bailleur present in 75112 and conversely).
     *
     * @return distinct bailleurs sorted by name (French collation)
     */
    List<Bailleur> presentsDans(Collection<String> codesCommunes);

    /**
     * The bailleur a guichet belongs to ({@code guichet.bailleur_siren}): a bailleur's guichets act for it in the
     * attribution chain (dwellings, commissions, leases).
     *
     * @return empty when the guichet is unknown or linked to no bailleur
     */
    Optional<Bailleur> duGuichet(String codeGuichet);
}
