/**
 * The HTTP resources of a demande and their published description.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.web;
