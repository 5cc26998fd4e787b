/**
 * Referentials: communes, départements, EPCI (INSEE COG), countries (COG), SNE code lists, territories.
 * API: the records and interfaces of this package; data loaded once at startup from
 * {@code src/main/resources/referentiel/} (see its PROVENANCE.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiels")
@org.jspecify.annotations.NullMarked
package fr.sne.referentiel;
