package fr.sne.demande.application.validation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuDemande.LogementRecherche;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Territoire;

/**
 * The reasons of the demande and rubric h) housing sought (Cerfa 14069 G1–G3): kinds of housing, number of
 * persons, communes in order of preference, all in one territory, which becomes the demande's.
 */
final class RubriqueLogementRecherche {

    static final int MAX_COMMUNES_SOUHAITEES = 100;

    private RubriqueLogementRecherche() {
    }

    static List<String> motifs(Controle c, String champ, List<String> motifs) {
        if (motifs.isEmpty()) {
            c.erreur(champ, CodeMotif.OBLIGATOIRE, "Indiquez au moins un motif de la demande.");
        }
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < motifs.size(); i++) {
            c.code(champ + "[" + i + "]", motifs.get(i), "ListeMotifDemande", true);
            if (motifs.get(i) != null && !vus.add(motifs.get(i))) {
                c.erreur(champ + "[" + i + "]", CodeMotif.DOUBLON, "Motif déjà indiqué.");
            }
        }
        return motifs;
    }

    /** The territory of the communes sought, or null if they do not give exactly one (an error was added). */
    static @Nullable Territoire valider(Controle c, String champ, @Nullable LogementRecherche l,
            int personnesDuMenage) {
        if (!c.obligatoire(champ, l)) {
            return null;
        }
        if (l.typesLogement().isEmpty()) {
            c.erreur(champ + ".typesLogement", CodeMotif.OBLIGATOIRE, "Indiquez au moins un type de logement.");
        }
        Set<String> types = new HashSet<>();
        for (int i = 0; i < l.typesLogement().size(); i++) {
            c.code(champ + ".typesLogement[" + i + "]", l.typesLogement().get(i), "ListeTypeLogement", true);
            if (l.typesLogement().get(i) != null && !types.add(l.typesLogement().get(i))) {
                c.erreur(champ + ".typesLogement[" + i + "]", CodeMotif.DOUBLON, "Type déjà indiqué.");
            }
        }
        c.code(champ + ".categorie", l.categorie(), "ListeCategorieLogementRecherche", false);
        c.obligatoire(champ + ".demandeElargie", l.demandeElargie());
        if (c.obligatoire(champ + ".nombrePersonnes", l.nombrePersonnes())
                && (l.nombrePersonnes() < personnesDuMenage || l.nombrePersonnes() > 50)) {
            c.erreur(champ + ".nombrePersonnes", CodeMotif.NOMBRE_PERSONNES_INCOHERENT,
                    CodeMotif.NOMBRE_PERSONNES_INCOHERENT.message(Map.of("personnes", personnesDuMenage)));
        }
        return communesSouhaitees(c, champ + ".communesSouhaitees", l.communesSouhaitees());
    }

    /**
     * Communes in order of preference, all in one territory (a département, or the Île-de-France region),
     * which becomes the territory of the demande.
     */
    private static @Nullable Territoire communesSouhaitees(Controle c, String champ, List<String> codes) {
        if (codes.isEmpty()) {
            c.erreur(champ, CodeMotif.OBLIGATOIRE, "Indiquez au moins une commune souhaitée.");
            return null;
        }
        c.taille(champ, codes.size(), MAX_COMMUNES_SOUHAITEES);
        Set<String> vues = new HashSet<>();
        Set<Territoire> territoires = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? null : codes.get(i).strip();
            String champI = champ + "[" + i + "]";
            if (!c.obligatoire(champI, code)) {
                continue;
            }
            Optional<Commune> commune = c.geographie.commune(code);
            if (commune.isEmpty()) {
                c.erreur(champI, CodeMotif.COMMUNE_INCONNUE, CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", code)));
            } else if (!commune.get().code().equals(code)) {
                c.erreur(champI, CodeMotif.COMMUNE_CODE_REMPLACE, CodeMotif.COMMUNE_CODE_REMPLACE.message(
                        Map.of("code", code, "remplacant", commune.get().code(), "nom", commune.get().nom())));
            } else if (!vues.add(code)) {
                c.erreur(champI, CodeMotif.DOUBLON, "Commune déjà indiquée.");
            } else {
                territoires.add(c.geographie.territoireDeCommune(commune.get()));
            }
        }
        if (territoires.size() > 1) {
            c.erreur(champ, CodeMotif.TERRITOIRES_MULTIPLES, "Une demande porte sur un seul département (ou sur "
                    + "l'Île-de-France) ; ici : " + territoires.stream().map(Territoire::libelle).toList()
                    + ". Déposez une demande par département.");
            return null;
        }
        return territoires.isEmpty() ? null : territoires.iterator().next();
    }

    /** Codes as the registry keeps them: without the spaces a form may have left around them. */
    static @Nullable LogementRecherche normaliser(@Nullable LogementRecherche l) {
        if (l == null) {
            return null;
        }
        return new LogementRecherche(l.typesLogement().stream().map(Controle::codeListe).toList(),
                Controle.texte(l.categorie()), l.communesSouhaitees().stream().map(Controle::codeListe).toList(),
                l.demandeElargie(), l.nombrePersonnes());
    }
}
