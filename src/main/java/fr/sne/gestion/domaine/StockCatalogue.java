package fr.sne.gestion.domaine;


/** Port (declared here, implemented by the infrastructure; the use cases depend on it): the national catalogue of events, as the migration wrote it (table {@code evenement_catalogue}). */
public interface StockCatalogue {

    CatalogueEvenements catalogue();
}
