package fr.sne.guichet.administration;

import java.util.Map;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.guichet.GuichetEnregistre;

/** No new agent nor API client for a deactivated guichet: reactivate it first. */
final class GuichetActif {

    private GuichetActif() {
    }

    /** @return the guichet's code */
    static String exiger(GuichetEnregistre guichet) {
        if (!guichet.actif()) {
            throw new ConflitException(CodeMotif.GUICHET_INACTIF, "Le guichet " + guichet.guichet().code()
                    + " est désactivé : réactivez-le avant de lui créer un compte ou un client de l'API.", Map.of());
        }
        return guichet.guichet().code();
    }
}
