package fr.sne.attribution.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.attribution.domaine.Mixite;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The mixité of L441-1 CCH per EPCI and year. Figures without names (counts of leases): an actor sees those of
 * the EPCIs whose communes lie in a territory he covers (a guichet's, a gestionnaire's), the national
 * administrator all of them.
 */
@Service
public class ConsulterMixite {

    /** The first year the L441-1 rules were measured (loi Égalité et Citoyenneté, 2017). */
    static final int PREMIERE_ANNEE = 2017;

    private final FaitsMixite faits;
    private final ReferentielGeographique geographie;
    private final Clock horloge;

    ConsulterMixite(FaitsMixite faits, ReferentielGeographique geographie, Clock horloge) {
        this.faits = faits;
        this.geographie = geographie;
        this.horloge = horloge;
    }

    /** One EPCI's; 404 for an EPCI unknown or out of the actor's territories. */
    public Mixite epci(String siren, @Nullable Integer annee, Acteur acteur) {
        int an = annee(annee);
        if (geographie.epci(siren).isEmpty() || !couvre(acteur, siren)) {
            throw new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucun EPCI " + siren + " sur vos "
                    + "territoires.");
        }
        return faits.parEpci(an, siren).getFirst();
    }

    /** Every EPCI with leases that year that the actor may see. */
    public List<Mixite> toutes(@Nullable Integer annee, Acteur acteur) {
        int an = annee(annee);
        List<Mixite> toutes = faits.parEpci(an, null);
        return acteur.national() ? toutes : toutes.stream().filter(m -> couvre(acteur, m.epci())).toList();
    }

    private boolean couvre(Acteur acteur, String siren) {
        if (acteur.national()) {
            return true;
        }
        Set<String> territoires = geographie.communesDeEpci(siren).stream()
                .map(c -> geographie.territoireDeCommune(c).code()).collect(Collectors.toSet());
        return territoires.stream().anyMatch(acteur::couvre);
    }

    private int annee(@Nullable Integer annee) {
        int courante = LocalDate.now(horloge).getYear();
        if (annee == null) {
            return courante;
        }
        if (annee < PREMIERE_ANNEE || annee > courante) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("annee", CodeMotif.HORS_BORNES,
                    "Année de " + PREMIERE_ANNEE + " à " + courante + ".")));
        }
        return annee;
    }
}
