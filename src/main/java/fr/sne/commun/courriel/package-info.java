/**
 * Courriel : le serveur SMTP embarqué de l'exécution locale et des tests.
 */
@NullMarked
package fr.sne.commun.courriel;

import org.jspecify.annotations.NullMarked;
