package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.CanalAvertissement;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;

/**
 * Reads a warning's request ({@link AvertissementSaisi}: the API's body, the warning page's form, or the attribution
 * chain's non-recevabilité) once into a {@link CommandeAvertissement}, every field error at once, else
 * {@link DonneesInvalidesException}.
 */
public final class ParseurAvertissement {

    private ParseurAvertissement() {
    }

    /** What the guichet sends. */
    public record AvertissementSaisi(@Nullable String motif, @Nullable String sousMotif, @Nullable LocalDate dateEnvoi,
            @Nullable String canal, @Nullable Boolean radiationDemandee) {
    }

    /**
     * @throws DonneesInvalidesException field {@code motif} missing ({@code OBLIGATOIRE}) or other than c and d
     *                                   ({@code MOTIF_INCONNU}); {@code sousMotif} as for a radiation;
     *                                   {@code dateEnvoi} missing or after {@code aujourdhui}
     *                                   ({@code DATE_FUTURE}); {@code canal} missing or unknown
     *                                   ({@code CODE_INCONNU}); {@code radiationDemandee} for d
     *                                   ({@code NON_APPLICABLE})
     */
    public static CommandeAvertissement lire(AvertissementSaisi saisie, LocalDate aujourdhui) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        MotifRadiation motif = null;
        if (saisie.motif() == null || saisie.motif().isBlank()) {
            erreurs.add(new ErreurChamp("motif", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!saisie.motif().equals(MotifRadiation.ABSENCE_REPONSE.code())
                && !saisie.motif().equals(MotifRadiation.IRRECEVABILITE.code())) {
            erreurs.add(new ErreurChamp("motif", CodeMotif.MOTIF_INCONNU, CodeMotif.MOTIF_INCONNU.message(
                    Map.of("admis", "un avertissement précède une radiation pour absence de réponse (c) ou pour "
                            + "irrecevabilité (d)"))));
        } else {
            motif = MotifRadiation.deCode(saisie.motif()).orElseThrow();
        }
        SousMotifIrrecevabilite sousMotif = ParseurRadiation.sousMotif(motif, saisie.sousMotif(), erreurs);
        if (saisie.dateEnvoi() == null) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (saisie.dateEnvoi().isAfter(aujourdhui)) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.DATE_FUTURE,
                    "La date d'envoi ne peut pas être dans le futur."));
        }
        CanalAvertissement canal = null;
        if (saisie.canal() == null || saisie.canal().isBlank()) {
            erreurs.add(new ErreurChamp("canal", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!Demande.CANAUX_AVERTISSEMENT.contains(saisie.canal())) {
            erreurs.add(new ErreurChamp("canal", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                    + String.join(", ", Demande.CANAUX_AVERTISSEMENT) + " (lettre recommandée avec avis de réception,"
                    + " ou tout autre moyen prouvant la remise)."));
        } else {
            canal = CanalAvertissement.valueOf(saisie.canal());
        }
        boolean radiationDemandee = Boolean.TRUE.equals(saisie.radiationDemandee());
        if (radiationDemandee && motif == MotifRadiation.IRRECEVABILITE) {
            erreurs.add(new ErreurChamp("radiationDemandee", CodeMotif.NON_APPLICABLE, "Le traitement de nuit ne radie "
                    + "que pour absence de réponse (c) ; une irrecevabilité (d) est radiée par le bailleur."));
        }
        if (!erreurs.isEmpty() || motif == null) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new CommandeAvertissement(motif, sousMotif, ParseurRadiation.requis(saisie.dateEnvoi()),
                ParseurRadiation.requis(canal), radiationDemandee);
    }
}
