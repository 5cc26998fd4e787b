package fr.sne.attribution.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.attribution.domaine.ReservataireSaisi;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.Guichets;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * Adds a réservataire to the list of a territory: the gestionnaire territorial's own (whatever the form says), or
 * the one the national administrator chose.
 */
@Service
public class InscrireReservataire {

    private final ReservataireRegistre registre;
    private final Guichets guichets;
    private final ReferentielGeographique referentiel;

    InscrireReservataire(ReservataireRegistre registre, Guichets guichets, ReferentielGeographique referentiel) {
        this.registre = registre;
        this.guichets = guichets;
        this.referentiel = referentiel;
    }

    /**
     * @return the new réservataire's id
     * @throws DonneesInvalidesException field by field
     */
    @Transactional
    public long executer(Acteur acteur, ReservataireCommande commande) {
        ReservatairePerimetre.exigerGestionnaire(acteur);
        String territoire;
        if (acteur.national()) {
            territoire = commande.territoire();
            if (territoire == null || referentiel.territoire(territoire).isEmpty()) {
                throw new DonneesInvalidesException(List.of(territoire == null
                        ? ErreurChamp.de("territoire", CodeMotif.OBLIGATOIRE)
                        : new ErreurChamp("territoire", CodeMotif.FORMAT_INVALIDE, "Territoire inconnu : un code de "
                                + "département sur 3 caractères (059, 02A, 971) ou 111 pour l'Île-de-France.")));
            }
        } else {
            territoire = acteur.territoires().iterator().next();
        }
        ReservataireSaisi saisi = ReservataireRegles.verifier(commande, null, territoire, 0, registre, guichets);
        return registre.inscrire(saisi, territoire);
    }
}
