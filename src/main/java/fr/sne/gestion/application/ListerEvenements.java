package fr.sne.gestion.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.gestion.domaine.StockVisibilite;
import fr.sne.gestion.domaine.StockCatalogue;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.EvenementsDemande;
import fr.sne.gestion.domaine.DerivationEvenements;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;

/**
 * A demande's events of the gestion partagée: its movements read through the catalogue (EVT movements, and the
 * events its lifecycle movements imply). Professionals who may see the demande see them all; the applicant's view
 * keeps those the catalogue shows him, and none where his territory has not switched that view on.
 */
@Service
public class ListerEvenements {

    /** Who reads. */
    public enum Vue {
        /** Every event (the professionals of the territory). */
        PROFESSIONNEL,
        /** What the applicant sees: the events visible to him, where his territory has switched the view on. */
        DEMANDEUR
    }

    /**
     * The events as a view shows them.
     *
     * @param visibiliteActivee whether the demande's territory shows the applicant his events
     * @param guichets          the name of each guichet named by an event
     */
    public record Evenements(String numeroUnique, String territoire, Vue vue, boolean visibiliteActivee,
            List<EvenementGestion> evenements, Map<String, String> guichets) {

        public Evenements {
            evenements = List.copyOf(evenements);
            guichets = Map.copyOf(guichets);
        }

        /** The name of a guichet an event names, or its code when the registry no longer knows it. */
        public @Nullable String nomGuichet(@Nullable String code) {
            return code == null ? null : guichets.getOrDefault(code, code);
        }
    }

    private final StockCatalogue catalogue;
    private final StockVisibilite visibilite;
    private final DemandeVisible demandes;
    private final EvenementsDemande evenements;
    private final Guichets guichets;

    ListerEvenements(StockCatalogue catalogue, StockVisibilite visibilite, DemandeVisible demandes,
            EvenementsDemande evenements, Guichets guichets) {
        this.catalogue = catalogue;
        this.visibilite = visibilite;
        this.demandes = demandes;
        this.evenements = evenements;
        this.guichets = guichets;
    }

    @Transactional(readOnly = true)
    public Evenements executer(String numeroUnique, Vue vue, Acteur acteur) {
        DemandeLue demande = demandes.lire(numeroUnique, acteur);
        boolean activee = visibilite.visibleDemandeur(demande.territoire());
        List<EvenementGestion> tous = DerivationEvenements.evenements(
                evenements.mouvements(demande.numeroUnique()), catalogue.catalogue());
        List<EvenementGestion> vus = switch (vue) {
            case PROFESSIONNEL -> tous;
            case DEMANDEUR -> activee ? tous.stream().filter(EvenementGestion::visibleDemandeur).toList() : List.of();
        };
        Map<String, String> noms = new HashMap<>();
        for (EvenementGestion e : vus) {
            if (e.guichet() != null && !noms.containsKey(e.guichet())) {
                Optional<Guichet> g = guichets.parCode(e.guichet());
                noms.put(e.guichet(), g.map(Guichet::nom).orElse(e.guichet()));
            }
        }
        return new Evenements(demande.numeroUnique(), demande.territoire(), vue, activee, vus, noms);
    }
}
