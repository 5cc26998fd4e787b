/** The gestion partagée's ports in SQL: the catalogue of events and the applicant's view per territory. */
@org.jspecify.annotations.NullMarked
package fr.sne.gestion.infrastructure;
