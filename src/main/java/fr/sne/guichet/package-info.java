/**
 * The registry of desks: guichets enregistreurs, their API clients, agents' accounts, bailleurs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guichets")
package fr.sne.guichet;
