package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.AvertissementEnvoye;
import fr.sne.demande.domaine.Demande;

/**
 * A guichet records the warning it sent to the applicant before radiating his demande for no answer (c) or
 * irrecevabilité (d): by registered letter with acknowledgement or another means proving delivery (L441-2-1
 * CCH), asked as a {@link CommandeAvertissement} (read by {@link ParseurAvertissement}). The radiation becomes
 * possible one month after the date of sending; for c the guichet may ask the nightly pass to radiate then, unless
 * the applicant answers. The date of sending is checked here against the demande's deposit (field
 * {@code dateEnvoi}: {@code HORS_BORNES}).
 */
@Service
public class AvertirDemandeur {

    private final CycleDeVie cycle;

    AvertirDemandeur(CycleDeVie cycle) {
        this.cycle = cycle;
    }

    public record Resultat(Demande demande, Avertissement avertissement) {
    }

    public Resultat executer(String numeroUnique, CommandeAvertissement commande, @Nullable Integer versionAttendue,
            Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        LocalDate aujourdhui = cycle.aujourdhui();
        // read against the edge's today (ParseurAvertissement); again here, should midnight have passed between
        if (commande.dateEnvoi().isAfter(aujourdhui)) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("dateEnvoi", CodeMotif.DATE_FUTURE,
                    "La date d'envoi ne peut pas être dans le futur.")));
        }
        if (commande.dateEnvoi().isBefore(demande.dateDepot())) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("dateEnvoi", CodeMotif.HORS_BORNES,
                    "La date d'envoi précède le dépôt de la demande (" + demande.dateDepot() + ").")));
        }
        AvertissementEnvoye evenement = CycleDeVie.decider(demande.avertir(acteur, cycle.maintenant(),
                aujourdhui, commande.motif(), commande.sousMotif(), commande.dateEnvoi(), commande.canal(),
                commande.radiationDemandee()));
        return new Resultat(cycle.ecrire(evenement, demande, versionAttendue, null), evenement.avertissement());
    }
}
