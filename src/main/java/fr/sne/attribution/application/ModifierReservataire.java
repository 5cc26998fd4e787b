package fr.sne.attribution.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.Guichets;

/**
 * Changes a réservataire's name, SIREN and guichets. Its kind is fixed at creation: its shares of the flux were
 * checked against the caps of that kind.
 */
@Service
public class ModifierReservataire {

    private final ReservataireRegistre registre;
    private final Guichets guichets;

    ModifierReservataire(ReservataireRegistre registre, Guichets guichets) {
        this.registre = registre;
        this.guichets = guichets;
    }

    /** @throws DonneesInvalidesException field by field; nothing is written */
    @Transactional
    public void executer(Acteur acteur, long id, ReservataireCommande commande) {
        ReservatairePerimetre.exigerGestionnaire(acteur);
        ReservataireInscrit actuel = ReservatairePerimetre.visible(registre, acteur, id);
        registre.modifier(id, ReservataireRegles.verifier(commande, actuel.categorie(), actuel.territoire(), id,
                registre, guichets));
    }
}
