/**
 * The XML contract of the exchanges (ADR 0021): the shape of a demande in XML ({@code FormeDemandeXml}), its
 * writer (StAX), the mapping of the API's codes to the SNE code lists ({@code CodesSne}); and the files of the bulk
 * exports (ADR 0022: {@code export-1.0.xsd}, StAX, tar.gz).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.infrastructure.xml;
