package fr.sne.guichet.administration;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.GuichetEnregistre;

/** Reads a guichet an administrator names (in an address or a form), if it is in his territory. */
@Component
class AccesGuichet {

    private final RegistreAdministration registre;

    AccesGuichet(RegistreAdministration registre) {
        this.registre = registre;
    }

    /** @throws fr.sne.commun.RessourceIntrouvableException when it does not exist or is out of his territory */
    GuichetEnregistre lire(Acteur acteur, String code) {
        PerimetreAdministration.exigerAdministrateur(acteur);
        GuichetEnregistre guichet = registre.guichet(code)
                .orElseThrow(() -> PerimetreAdministration.introuvable(code));
        PerimetreAdministration.exigerDansLePerimetre(acteur, code, guichet.guichet().territoire(),
                guichet.guichet().type());
        return guichet;
    }

    /** As {@link #lire}, the guichet's row locked until the end of the transaction. */
    GuichetEnregistre verrouiller(Acteur acteur, String code) {
        PerimetreAdministration.exigerAdministrateur(acteur);
        GuichetEnregistre guichet = registre.guichetVerrouille(code)
                .orElseThrow(() -> PerimetreAdministration.introuvable(code));
        PerimetreAdministration.exigerDansLePerimetre(acteur, code, guichet.guichet().territoire(),
                guichet.guichet().type());
        return guichet;
    }
}
