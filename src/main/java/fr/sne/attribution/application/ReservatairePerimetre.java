package fr.sne.attribution.application;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;

/**
 * Who may do what with the réservataires (R441-2-5, R441-2-6 CCH): every actor reads those of the territories its
 * scope covers; only the gestionnaire territorial of their territory, or the national administrator, keeps them
 * and sets their shares. A réservataire out of the actor's scope is answered as one that does not exist.
 */
public final class ReservatairePerimetre {

    private ReservatairePerimetre() {
    }

    /** @throws AccesRefuseException unless the actor is a gestionnaire territorial or the national administrator */
    public static void exigerGestionnaire(Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.RESERVATAIRES_RESERVES_AU_GESTIONNAIRE,
                    CodeMotif.RESERVATAIRES_RESERVES_AU_GESTIONNAIRE.message());
        }
    }

    /** @throws RessourceIntrouvableException when it does not exist or is out of the actor's scope */
    static ReservataireInscrit visible(ReservataireRegistre registre, Acteur acteur, long id) {
        return registre.parId(id).filter(r -> acteur.couvre(r.territoire()))
                .orElseThrow(() -> introuvable(id));
    }

    /**
     * The one check of a réservataire a dwelling or a lease is charged to: it must be of the list of a territory
     * admitted here (the guichet's, the demande's).
     *
     * @param champ where the id was given, for the error
     * @return the error ({@code RESERVATAIRE_INTROUVABLE}) when it is not
     */
    static Optional<ErreurChamp> horsListe(fr.sne.attribution.Reservataires reservataires, long id,
            Predicate<String> territoireAdmis, String champ) {
        if (reservataires.parId(id).filter(r -> territoireAdmis.test(r.territoire())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ErreurChamp(champ, CodeMotif.RESERVATAIRE_INTROUVABLE,
                CodeMotif.RESERVATAIRE_INTROUVABLE.message(Map.of("id", id))));
    }

    static RessourceIntrouvableException introuvable(long id) {
        return new RessourceIntrouvableException(CodeMotif.RESERVATAIRE_INTROUVABLE,
                CodeMotif.RESERVATAIRE_INTROUVABLE.message(Map.of("id", id)));
    }
}
