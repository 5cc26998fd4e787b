package fr.sne.demande.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.Compteurs;

/**
 * The counts of the professional application's home page, in the actor's scope: the demandes registered today
 * (by his guichet for an agent, on his territory for a gestionnaire, everywhere for the administrator), and
 * the active demandes whose validity ends this month (R441-2-8: to renew before that date, or radiated).
 */
@Service
public class ConsulterTableauDeBord {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * @param enregistreesAujourdhui demandes registered today in the actor's scope
     * @param parSonGuichet          of those, the ones his own guichet registered (agents only)
     * @param aRenouvelerCeMois      active demandes of his territory whose validity ends this month
     */
    public record TableauDeBord(long enregistreesAujourdhui, @Nullable Long parSonGuichet, long aRenouvelerCeMois,
            LocalDate finDuMois) {
    }

    private final Compteurs compteurs;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;

    ConsulterTableauDeBord(Compteurs compteurs, VisibiliteDemandes visibilite, Clock horloge) {
        this.compteurs = compteurs;
        this.visibilite = visibilite;
        this.horloge = horloge;
    }

    public TableauDeBord executer(Acteur acteur) {
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(PARIS));
        var minuit = aujourdhui.atStartOfDay(PARIS).toInstant();
        var predicat = visibilite.predicat(acteur, "d.territoire");
        LocalDate fin = aujourdhui.withDayOfMonth(aujourdhui.lengthOfMonth());
        return new TableauDeBord(compteurs.enregistreesDepuis(predicat, minuit),
                acteur.guichet() == null ? null : compteurs.enregistreesParGuichetDepuis(acteur.guichet(), minuit),
                compteurs.aRenouvelerEntre(predicat, aujourdhui.withDayOfMonth(1), fin), fin);
    }
}
