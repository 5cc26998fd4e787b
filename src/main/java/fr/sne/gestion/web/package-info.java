/**
 * The gestion partagée's edges: its API ({@code /v1.0/evenements/catalogue}, {@code /v1.0/demandes/{numero}/evenements})
 * and its pages (the tab "Événements" of a demande's page and its form, the administration of the applicant's view
 * per territory).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.gestion.web;
