/**
 * Who acts: the {@link fr.sne.commun.acteur.Acteur} every use case receives, and the current request's one.
 */
@NullMarked
package fr.sne.commun.acteur;

import org.jspecify.annotations.NullMarked;
