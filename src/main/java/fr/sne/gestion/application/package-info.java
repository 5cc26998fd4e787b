/**
 * The gestion partagée's use cases (one verb-named class each). They depend on ports of the domain, implemented in
 * {@code infrastructure}: the catalogue ({@link fr.sne.gestion.domaine.StockCatalogue}) and the applicant's
 * view per territory ({@link fr.sne.gestion.domaine.StockVisibilite}).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.gestion.application;
