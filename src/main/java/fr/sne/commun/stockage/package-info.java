/**
 * Stockage des fichiers produits par le registre (lots de courriers à imprimer...), par clé.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.stockage;
