/**
 * Noyau partagé : erreurs en problem details (RFC 9457), horloge, utilitaires sans métier.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.sne.commun;
