package fr.sne.attribution.application;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.DecisionCommission;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;

/**
 * A commission's decision on a candidate, parsed once at the edge by {@link #lire}: the dwelling, the candidate, the
 * decision and what its kind needs (a rank; the missing piece and the deadline; a reason; the sub-motive and the way
 * the warning is sent, whose lists are the demande's warning's, which checks them). The session, the bailleur, the
 * candidate examined and the demande active are {@link DeciderCandidature}'s.
 *
 * @param rang                   attribution with rank: 1 to 99
 * @param pieceManquante         suspensive condition: the piece to produce, up to 200 characters
 * @param echeance               suspensive condition: before this day
 * @param motif                  non-attribution: its reason, up to 500 characters
 * @param sousMotif              non-recevabilité: PLAFOND_RESSOURCES or SEJOUR_IRREGULIER
 * @param canalAvertissement     non-recevabilité: how the warning is sent (LRAR or AUTRE_PREUVE_DEPOT)
 * @param dateEnvoiAvertissement non-recevabilité: when it was sent (today when null)
 */
public record DecisionCommande(long logement, String numeroUnique, DecisionCommission decision,
        @Nullable Integer rang, @Nullable String pieceManquante, @Nullable LocalDate echeance,
        @Nullable String motif, @Nullable String sousMotif, @Nullable String canalAvertissement,
        @Nullable LocalDate dateEnvoiAvertissement) {

    static final int MAX_PIECE = 200;
    static final int MAX_MOTIF = 500;

    /**
     * Reads each field given typed (JSON) or as a form's text; those of another kind of decision are dropped.
     *
     * @throws DonneesInvalidesException every field in error
     */
    public static DecisionCommande lire(@Nullable Object logement, @Nullable Object numeroUnique,
            @Nullable Object decision, @Nullable Object rang, @Nullable Object pieceManquante,
            @Nullable Object echeance, @Nullable Object motif, @Nullable Object sousMotif,
            @Nullable Object canalAvertissement, @Nullable Object dateEnvoiAvertissement) {
        LectureChamps l = new LectureChamps();
        Long id = l.entier("logement", logement, true);
        String numero = l.texte("numeroUnique", numeroUnique, true);
        DecisionCommission d = l.code("decision", decision, DecisionCommission.class, null, true);
        Integer r = null;
        String piece = null;
        LocalDate jusquA = null;
        String raison = null;
        String sous = null;
        String canal = null;
        LocalDate envoi = null;
        if (d != null) {
            switch (d) {
                case ATTRIBUTION_RANG -> {
                    Long lu = l.entier("rang", rang, true);
                    if (lu != null && (lu < 1 || lu > 99)) {
                        l.ajouter(new ErreurChamp("rang", CodeMotif.HORS_BORNES, "Rang de 1 à 99."));
                    } else if (lu != null) {
                        r = lu.intValue();
                    }
                }
                case ATTRIBUTION_CONDITION -> {
                    piece = texte(l, "pieceManquante", pieceManquante, MAX_PIECE);
                    jusquA = l.date("echeance", echeance, true);
                }
                case NON_ATTRIBUTION -> raison = texte(l, "motif", motif, MAX_MOTIF);
                case IRRECEVABILITE -> {
                    sous = l.texte("sousMotif", sousMotif, true);
                    canal = l.texte("canalAvertissement", canalAvertissement, true);
                    envoi = l.date("dateEnvoiAvertissement", dateEnvoiAvertissement, false);
                }
                case ATTRIBUTION -> {
                }
            }
        }
        l.valider();
        return new DecisionCommande(id, numero, d, r, piece, jusquA, raison, sous, canal, envoi);
    }

    private static @Nullable String texte(LectureChamps l, String champ, @Nullable Object valeur, int max) {
        String texte = l.texte(champ, valeur, true);
        if (texte != null && texte.length() > max) {
            l.ajouter(new ErreurChamp(champ, CodeMotif.TAILLE, CodeMotif.TAILLE.message(Map.of("max", max))));
            return null;
        }
        return texte;
    }
}
