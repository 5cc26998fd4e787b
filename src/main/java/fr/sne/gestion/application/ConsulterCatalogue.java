package fr.sne.gestion.application;

import org.springframework.stereotype.Service;

import fr.sne.gestion.domaine.StockCatalogue;
import fr.sne.gestion.domaine.CatalogueEvenements;

/** The national catalogue of the events of the gestion partagée: public to every actor of the registry. */
@Service
public class ConsulterCatalogue {

    private final StockCatalogue stock;

    ConsulterCatalogue(StockCatalogue stock) {
        this.stock = stock;
    }

    public CatalogueEvenements executer() {
        return stock.catalogue();
    }
}
