package fr.sne.guichet.administration;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.ReglesSaisie.GuichetValide;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * Creates a guichet enregistreur, active, on the gestionnaire's own territory (whatever the form says), or on the
 * territory the national administrator chose (R441-2-5 CCH).
 */
@Service
public class CreerGuichet {

    private final RegistreAdministration registre;
    private final ReferentielGeographique referentiel;

    CreerGuichet(RegistreAdministration registre, ReferentielGeographique referentiel) {
        this.registre = registre;
        this.referentiel = referentiel;
    }

    /**
     * @return the new guichet's code
     * @throws DonneesInvalidesException field by field, including a code already taken ({@code GUICHET_EXISTANT})
     */
    @Transactional
    public String executer(Acteur acteur, SaisieGuichet saisie) {
        String territoire = PerimetreAdministration.territoireDeCreation(acteur, saisie.territoire());
        GuichetValide guichet = ReglesSaisie.guichet(saisie, territoire,
                code -> referentiel.territoire(code).isPresent());
        if (guichet.type() == TypeGuichet.CENTRE_NATIONAL && !acteur.national()) {
            // it would register in every territory: beyond a gestionnaire territorial's reach
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("type", CodeMotif.GUICHET_NATIONAL_RESERVE)));
        }
        if (!registre.creerGuichet(guichet)) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("code", CodeMotif.GUICHET_EXISTANT,
                    CodeMotif.GUICHET_EXISTANT.message(Map.of("code", guichet.code())))));
        }
        registre.journaliser(guichet.code(), ActionAdministration.GUICHET_CREE, null, acteur);
        return guichet.code();
    }
}
