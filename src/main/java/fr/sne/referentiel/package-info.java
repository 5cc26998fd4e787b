/**
 * Référentiels : communes, départements, EPCI (COG INSEE), pays (COG), nomenclatures SNE, territoires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiels")
package fr.sne.referentiel;
