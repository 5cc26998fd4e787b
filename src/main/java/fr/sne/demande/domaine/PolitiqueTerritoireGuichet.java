package fr.sne.demande.domaine;

import java.util.Map;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.referentiel.Territoire;

/**
 * A guichet enregistreur registers demandes for its own territory only: the territory of the communes sought
 * must be the guichet's (registering services are designated and habilitated by département, R441-2-1 of the
 * CCH).
 */
public final class PolitiqueTerritoireGuichet {

    private PolitiqueTerritoireGuichet() {
    }

    public static Decision evaluer(Territoire territoireDemande, CodeGuichet guichet, String territoireGuichet) {
        if (territoireDemande.code().equals(territoireGuichet)) {
            return Decision.ACCORD;
        }
        return Refus.de(CodeMotif.HORS_TERRITOIRE_GUICHET, Map.of("territoire", territoireDemande.libelle(), "guichet", guichet.valeur(),
                "territoireGuichet", territoireGuichet));
    }
}
