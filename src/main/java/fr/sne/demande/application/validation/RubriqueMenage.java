package fr.sne.demande.application.validation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.ContenuDemande.PersonneACharge;

/**
 * Rubric b) the household (Cerfa 14069 B and C): co-demandeurs, dependants and children expected; each adult's
 * identity is checked by {@link RubriqueIdentite}.
 */
final class RubriqueMenage {

    static final int MAX_CO_DEMANDEURS = 10;
    static final int MAX_PERSONNES_A_CHARGE = 30;

    private RubriqueMenage() {
    }

    /** The co-demandeurs normalised, null where one is missing (an error has been added). */
    static List<@Nullable Personne> coDemandeurs(Controle c, List<Personne> saisis) {
        c.taille("coDemandeurs", saisis.size(), MAX_CO_DEMANDEURS);
        List<@Nullable Personne> normalises = new ArrayList<>();
        for (int i = 0; i < saisis.size(); i++) {
            normalises.add(RubriqueIdentite.valider(c, "coDemandeurs[" + i + "]", saisis.get(i), true));
        }
        return normalises;
    }

    static List<@Nullable PersonneACharge> personnesACharge(Controle c, List<PersonneACharge> saisies) {
        c.taille("personnesACharge", saisies.size(), MAX_PERSONNES_A_CHARGE);
        List<@Nullable PersonneACharge> normalisees = new ArrayList<>();
        for (int i = 0; i < saisies.size(); i++) {
            normalisees.add(personneACharge(c, "personnesACharge[" + i + "]", saisies.get(i)));
        }
        return normalisees;
    }

    private static @Nullable PersonneACharge personneACharge(Controle c, String champ, @Nullable PersonneACharge p) {
        if (!c.obligatoire(champ, p)) {
            return null;
        }
        c.nom(champ + ".nom", p.nom(), true);
        c.nom(champ + ".prenoms", p.prenoms(), true);
        c.dateNaissance(champ + ".dateNaissance", p.dateNaissance());
        c.code(champ + ".sexe", p.sexe(), "ListeSexe", false);
        c.code(champ + ".lienParente", p.lienParente(), "ListeLienParente", false);
        RubriqueRessources.ressources(c, champ + ".ressourcesMensuelles", p.ressourcesMensuelles());
        return new PersonneACharge(Controle.texte(p.nom()), Controle.texte(p.prenoms()), p.dateNaissance(),
                Controle.texte(p.sexe()), Controle.texte(p.lienParente()), p.ressourcesMensuelles());
    }

    static void personnesANaitre(Controle c, ContenuDemande.@Nullable PersonnesANaitre p) {
        if (p == null) {
            return;
        }
        if (p.nombre() == null || p.nombre() < 1 || p.nombre() > 9) {
            c.erreur("personnesANaitre.nombre", CodeMotif.HORS_BORNES, "Nombre d'enfants à naître entre 1 et 9.");
        }
        if (p.dateNaissancePrevue() != null && (p.dateNaissancePrevue().isBefore(c.aujourdhui.minusMonths(1))
                || p.dateNaissancePrevue().isAfter(c.aujourdhui.plusMonths(10)))) {
            c.erreur("personnesANaitre.dateNaissancePrevue", CodeMotif.DATE_INVRAISEMBLABLE,
                    "La naissance prévue doit se situer dans les dix prochains mois.");
        }
    }
}
