/**
 * The demande's tables: the one door that writes them ({@code JournalDemandes}), readers, idempotency.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.infrastructure;
