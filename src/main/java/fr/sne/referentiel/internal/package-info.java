/** Implementation of the Référentiels module: in-memory referentials loaded from the committed CSV files. */
@org.jspecify.annotations.NullMarked
package fr.sne.referentiel.internal;
