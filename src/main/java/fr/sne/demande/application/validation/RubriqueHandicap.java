package fr.sne.demande.application.validation;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuDemande.LogementRecherche;

/** Rubric i) disability needing adapted housing (Cerfa 14069 C1 and annex). */
final class RubriqueHandicap {

    private RubriqueHandicap() {
    }

    static void valider(Controle c, String champ, ContenuDemande.@Nullable Handicap h,
            @Nullable LogementRecherche l) {
        if (h == null || h.nombrePersonnes() == null) {
            return;
        }
        int max = l != null && l.nombrePersonnes() != null ? l.nombrePersonnes() : 50;
        if (h.nombrePersonnes() < 0 || h.nombrePersonnes() > max) {
            c.erreur(champ + ".nombrePersonnes", CodeMotif.HORS_BORNES, "Entre 0 et le nombre de personnes à loger.");
        }
    }
}
