package fr.sne.gestion.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.demande.EvenementsDemande;
import fr.sne.demande.EvenementsDemande.MouvementDemande;
import fr.sne.gestion.EvenementsPartages;
import fr.sne.gestion.domaine.CatalogueEvenements;
import fr.sne.gestion.domaine.DerivationEvenements;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.StockCatalogue;

/**
 * {@link EvenementsPartages}: the movements of a batch of demandes read in one query, each read through the
 * catalogue as {@link ListerEvenements} does for one demande (the professionals' view).
 */
@Service
class ConsulterEvenementsPartages implements EvenementsPartages {

    private final EvenementsDemande evenements;
    private final StockCatalogue catalogue;

    ConsulterEvenementsPartages(EvenementsDemande evenements, StockCatalogue catalogue) {
        this.evenements = evenements;
        this.catalogue = catalogue;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<EvenementPartage>> evenements(Collection<String> numerosUniques) {
        CatalogueEvenements codes = catalogue.catalogue();
        Map<String, List<EvenementPartage>> parDemande = new LinkedHashMap<>();
        for (Map.Entry<String, List<MouvementDemande>> e : evenements.mouvements(numerosUniques).entrySet()) {
            List<EvenementPartage> liste = new ArrayList<>();
            for (EvenementGestion g : DerivationEvenements.evenements(e.getValue(), codes)) {
                liste.add(new EvenementPartage(g.mouvement(), g.code(), g.libelle(), g.origine().name(), g.date(), g.horodatage(),
                        g.guichet(), g.commentaire(), g.donnees()));
            }
            if (!liste.isEmpty()) {
                parDemande.put(e.getKey(), liste);
            }
        }
        return parDemande;
    }
}
