/**
 * Guichets enregistreurs, their API clients and the OAuth2 authentication of calls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guichets")
@org.jspecify.annotations.NullMarked
package fr.sne.guichet;
