package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Port: the dwellings put to attribution and the réservataires' designations. */
public interface Logements {

    /** A dwelling as its bailleur's guichet declares it. */
    record NouveauLogement(String bailleurSiren, String guichet, String territoire, String identifiantRpls,
            String adresse, String codeCommune, String typologie, BigDecimal surface, BigDecimal loyer,
            Financement financement, boolean qpv, boolean adapteHandicap, @Nullable Long reservataireId) {
    }

    /** @return its id */
    long declarer(NouveauLogement logement, Instant le);

    Optional<Logement> lire(long id);

    /** The dwelling, its row locked until the end of the transaction (answers and leases one at a time). */
    Optional<Logement> verrouiller(long id);

    /** A bailleur's dwellings, the latest declared first. */
    List<Logement> duBailleur(String bailleurSiren, int limite);

    /** The latest dwelling declared with this RPLS id by this bailleur, if any. */
    Optional<Logement> parRpls(String bailleurSiren, String identifiantRpls);

    void designer(long logement, String numeroUnique, String guichet, @Nullable Long reservataireId, Instant le);

    /** The numéros designated for the dwelling. */
    Set<String> designes(long logement);
}
