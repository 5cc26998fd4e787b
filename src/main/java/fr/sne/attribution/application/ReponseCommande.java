package fr.sne.attribution.application;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;

/**
 * The applicant's answer to record, parsed once at the edge by {@link #lire}: the dwelling attributed, and for a
 * refusal the reason he gave, if any. Whether he may answer is {@link RepondreAttribution}'s.
 *
 * @param motif up to 500 characters, or null
 */
public record ReponseCommande(long logement, @Nullable String motif) {

    static final int MAX_MOTIF = 500;

    /** @throws DonneesInvalidesException every field in error */
    public static ReponseCommande lire(@Nullable Object logement, @Nullable Object motif) {
        LectureChamps l = new LectureChamps();
        Long id = l.entier("logement", logement, true);
        String m = l.texte("motif", motif, false);
        if (m != null && m.length() > MAX_MOTIF) {
            l.ajouter(new ErreurChamp("motif", CodeMotif.TAILLE, CodeMotif.TAILLE.message(Map.of("max",
                    MAX_MOTIF))));
        }
        l.valider();
        return new ReponseCommande(id, m);
    }
}
