package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.AvertissementEnvoye;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.MotifRadiation;

/**
 * A guichet records the warning it sent to the applicant before radiating his demande for no answer (c) or
 * irrecevabilité (d): by registered letter with acknowledgement or another means proving delivery (L441-2-1
 * CCH). The radiation becomes possible one month after the date of sending; for c the guichet may ask the
 * nightly pass to radiate then, unless the applicant answers.
 */
@Service
public class AvertirDemandeur {

    private final CycleDeVie cycle;

    AvertirDemandeur(CycleDeVie cycle) {
        this.cycle = cycle;
    }

    /** What the guichet sends. */
    public record AvertissementSaisi(@Nullable String motif, @Nullable String sousMotif, @Nullable LocalDate dateEnvoi,
            @Nullable String canal, @Nullable Boolean radiationDemandee) {
    }

    public record Resultat(Demande demande, Avertissement avertissement) {
    }

    public Resultat executer(String numeroUnique, AvertissementSaisi saisie, @Nullable Integer versionAttendue, Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        LocalDate aujourdhui = cycle.aujourdhui();
        List<ErreurChamp> erreurs = new ArrayList<>();
        MotifRadiation motif = null;
        if (saisie.motif() == null || saisie.motif().isBlank()) {
            erreurs.add(new ErreurChamp("motif", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!saisie.motif().equals("c") && !saisie.motif().equals("d")) {
            erreurs.add(new ErreurChamp("motif", CodeMotif.MOTIF_INCONNU, CodeMotif.MOTIF_INCONNU.message(
                    Map.of("admis", "un avertissement précède une radiation pour absence de réponse (c) ou pour "
                            + "irrecevabilité (d)"))));
        } else {
            motif = MotifRadiation.deCode(saisie.motif()).orElseThrow();
        }
        RadierDemande.verifierSousMotif(motif, saisie.sousMotif(), erreurs);
        if (saisie.dateEnvoi() == null) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (saisie.dateEnvoi().isAfter(aujourdhui)) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.DATE_FUTURE, "La date d'envoi ne peut pas être dans le futur."));
        } else if (saisie.dateEnvoi().isBefore(demande.dateDepot())) {
            erreurs.add(new ErreurChamp("dateEnvoi", CodeMotif.HORS_BORNES,
                    "La date d'envoi précède le dépôt de la demande (" + demande.dateDepot() + ")."));
        }
        if (saisie.canal() == null || saisie.canal().isBlank()) {
            erreurs.add(new ErreurChamp("canal", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        } else if (!Demande.CANAUX_AVERTISSEMENT.contains(saisie.canal())) {
            erreurs.add(new ErreurChamp("canal", CodeMotif.CODE_INCONNU, "Valeurs admises : "
                    + String.join(", ", Demande.CANAUX_AVERTISSEMENT) + " (lettre recommandée avec avis de réception,"
                    + " ou tout autre moyen prouvant la remise)."));
        }
        if (Boolean.TRUE.equals(saisie.radiationDemandee()) && motif == MotifRadiation.IRRECEVABILITE) {
            erreurs.add(new ErreurChamp("radiationDemandee", CodeMotif.NON_APPLICABLE, "Le traitement de nuit ne radie que "
                    + "pour absence de réponse (c) ; une irrecevabilité (d) est radiée par le bailleur."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        MotifRadiation motifAverti = motif;
        AvertissementEnvoye evenement = CycleDeVie.decider(demande.avertir(acteur, cycle.maintenant(),
                aujourdhui, motifAverti, saisie.sousMotif(), saisie.dateEnvoi(), saisie.canal(),
                Boolean.TRUE.equals(saisie.radiationDemandee())));
        return new Resultat(cycle.ecrire(evenement, demande, versionAttendue, null), evenement.avertissement());
    }
}
