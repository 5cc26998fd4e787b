package fr.sne.guichet.administration;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.GuichetEnregistre;
import fr.sne.guichet.administration.Administration.FicheGuichet;
import fr.sne.guichet.administration.Administration.LigneGuichet;

/** The guichets an administrator administers, and a guichet's page (agents, API clients, changes). */
@Service
public class ConsulterGuichets {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    ConsulterGuichets(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /** @return the guichets of his territory (every territory for the national administrator) */
    @Transactional(readOnly = true)
    public List<LigneGuichet> lister(Acteur acteur) {
        PerimetreAdministration.exigerAdministrateur(acteur);
        return registre.guichets(acteur);
    }

    /**
     * @return the guichet, for a form about it
     * @throws fr.sne.commun.RessourceIntrouvableException when it does not exist or is out of his territory
     */
    @Transactional(readOnly = true)
    public GuichetEnregistre guichet(Acteur acteur, String code) {
        return acces.lire(acteur, code);
    }

    /** @throws fr.sne.commun.RessourceIntrouvableException when it does not exist or is out of his territory */
    @Transactional(readOnly = true)
    public FicheGuichet fiche(Acteur acteur, String code) {
        GuichetEnregistre guichet = acces.lire(acteur, code);
        String c = guichet.guichet().code();
        return new FicheGuichet(guichet.guichet(), guichet.actif(), registre.agents(c), registre.clients(c),
                registre.journal(c));
    }
}
