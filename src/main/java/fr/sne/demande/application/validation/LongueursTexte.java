package fr.sne.demande.application.validation;

import java.util.Map;

import fr.sne.commun.TexteSaisi;

/** The maximum length of each text field of a demande, applied by the validation and published in the API. */
public final class LongueursTexte {

    /** By field name (the last part of its path) or full path; a field not listed takes {@link TexteSaisi#MAX_NOM}. */
    static final Map<String, Integer> LONGUEURS_MAX = Map.ofEntries(
            Map.entry("precisions", 4000),
            Map.entry("handicap.precisions", 2000),
            Map.entry("voie", 200),
            Map.entry("complement", 200),
            Map.entry("chez", 200),
            Map.entry("employeur", 200),
            Map.entry("email", 320),
            Map.entry("civilite", TexteSaisi.MAX_CODE),
            Map.entry("sexe", TexteSaisi.MAX_CODE),
            Map.entry("nationalite", TexteSaisi.MAX_CODE),
            Map.entry("communeNaissance", TexteSaisi.MAX_CODE),
            Map.entry("nir", TexteSaisi.MAX_CODE),
            Map.entry("situationFamiliale", TexteSaisi.MAX_CODE),
            Map.entry("lienDemandeur", TexteSaisi.MAX_CODE),
            Map.entry("lienParente", TexteSaisi.MAX_CODE),
            Map.entry("typeContrat", TexteSaisi.MAX_CODE),
            Map.entry("siretEmployeur", TexteSaisi.MAX_CODE),
            Map.entry("type", TexteSaisi.MAX_CODE),
            Map.entry("codePostal", TexteSaisi.MAX_CODE),
            Map.entry("commune", TexteSaisi.MAX_CODE),
            Map.entry("telephone", TexteSaisi.MAX_CODE),
            Map.entry("modele", TexteSaisi.MAX_CODE),
            Map.entry("sirenBailleur", TexteSaisi.MAX_CODE),
            Map.entry("motifs", TexteSaisi.MAX_CODE),
            Map.entry("typesLogement", TexteSaisi.MAX_CODE),
            Map.entry("categorie", TexteSaisi.MAX_CODE),
            Map.entry("communesSouhaitees", TexteSaisi.MAX_CODE));

    private LongueursTexte() {
    }

    /** The maximum length of the text at this JSON path ("handicap.precisions", "motifs[2]"…). */
    public static int longueurMax(String chemin) {
        String sansIndices = chemin.replaceAll("\\[\\d+]", "");
        Integer exact = LONGUEURS_MAX.get(sansIndices);
        if (exact != null) {
            return exact;
        }
        return LONGUEURS_MAX.getOrDefault(sansIndices.substring(sansIndices.lastIndexOf('.') + 1),
                TexteSaisi.MAX_NOM);
    }
}
