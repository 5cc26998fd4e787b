/**
 * Guichets enregistreurs, leurs clients d'API et l'authentification OAuth2 des appels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guichets")
package fr.sne.guichet;
