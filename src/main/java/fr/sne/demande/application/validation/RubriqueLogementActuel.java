package fr.sne.demande.application.validation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande.LogementActuel;

/** Rubric f) current housing (Cerfa 14069 p. 8): kind, occupants, rent and allowance, surface, landlord. */
final class RubriqueLogementActuel {

    private static final Pattern SIREN = Pattern.compile("^[0-9]{9}$");

    private RubriqueLogementActuel() {
    }

    static @Nullable LogementActuel valider(Controle c, String champ, @Nullable LogementActuel l) {
        if (!c.obligatoire(champ, l)) {
            return null;
        }
        c.code(champ + ".modele", l.modele(), "ListeModeleLogement", true);
        if (c.obligatoire(champ + ".nombreOccupants", l.nombreOccupants())
                && (l.nombreOccupants() < 1 || l.nombreOccupants() > 50)) {
            c.erreur(champ + ".nombreOccupants", CodeMotif.HORS_BORNES, "Entre 1 et 50 occupants.");
        }
        c.montant(champ + ".loyerMensuel", l.loyerMensuel());
        c.montant(champ + ".allocationLogementMensuelle", l.allocationLogementMensuelle());
        if (l.surface() != null && (l.surface() < 1 || l.surface() > 2000)) {
            c.erreur(champ + ".surface", CodeMotif.HORS_BORNES, "Surface en m² entre 1 et 2000.");
        }
        if (l.sirenBailleur() != null && !SIREN.matcher(l.sirenBailleur()).matches()) {
            c.erreur(champ + ".sirenBailleur", CodeMotif.FORMAT_INVALIDE, "Le SIREN compte 9 chiffres.");
        }
        return l;
    }
}
