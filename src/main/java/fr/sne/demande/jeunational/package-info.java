/**
 * The demande module's part of the national dataset ({@link fr.sne.donnees.PartieJeuNational}): demandes, their
 * persons, communes, movements, warnings and renewal notices, written with {@code COPY} by a seeded generator.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.jeunational;
