/**
 * Du texte JSON déjà écrit, touché sans être relu en arbre : un membre de premier niveau retiré ou mis à null.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.json;
