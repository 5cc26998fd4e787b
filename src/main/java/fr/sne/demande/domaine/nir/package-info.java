/**
 * NIR (numéro d'inscription au répertoire): format, key and coherence checks. Pure Java, no Spring.
 */
@NullMarked
package fr.sne.demande.domaine.nir;

import org.jspecify.annotations.NullMarked;
