package fr.sne.demande.domaine;

import java.util.Map;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.referentiel.Territoire;

/**
 * A guichet enregistreur registers demandes for its own territory only: the territory of the communes sought
 * must be the guichet's (registering services are designated and habilitated by département, R441-2-1 of the
 * CCH). A national guichet (the national entry centre, ADR 0025) has no territory of its own and registers in any.
 */
public final class PolitiqueTerritoireGuichet {

    private PolitiqueTerritoireGuichet() {
    }

    /** @param territoireGuichet the guichet's territory, or null for a national guichet */
    public static Decision evaluer(Territoire territoireDemande, CodeGuichet guichet,
            @org.jspecify.annotations.Nullable String territoireGuichet) {
        if (territoireGuichet == null || territoireDemande.code().equals(territoireGuichet)) {
            return Decision.ACCORD;
        }
        return Refus.de(CodeMotif.HORS_TERRITOIRE_GUICHET, Map.of("territoire", territoireDemande.libelle(), "guichet", guichet.valeur(),
                "territoireGuichet", territoireGuichet));
    }
}
