/**
 * Traitement quotidien : ce que le registre fait de lui-même chaque nuit (avis de renouvellement, radiations e et c,
 * effacement des données nominatives un an après la radiation), en SQL ensembliste.
 */
@NullMarked
package fr.sne.demande.traitement;

import org.jspecify.annotations.NullMarked;
