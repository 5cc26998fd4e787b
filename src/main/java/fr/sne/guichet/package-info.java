/**
 * The registry of desks: guichets enregistreurs, their API clients, agents' accounts, bailleurs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guichets")
@org.jspecify.annotations.NullMarked
package fr.sne.guichet;
