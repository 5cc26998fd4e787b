/**
 * Administration of the registry of desks by a gestionnaire territorial, on his territory only, or by the national
 * administrator, everywhere (R441-2-5 and R441-2-6 CCH): guichets, their agents' accounts and their API clients,
 * each change recorded in {@code journal_administration}. Use cases take the {@link fr.sne.commun.acteur.Acteur}
 * and check its territory; a guichet out of it is answered as if it did not exist.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.guichet.administration;
