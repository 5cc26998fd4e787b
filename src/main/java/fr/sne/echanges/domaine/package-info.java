/** The feed's cursor: a position in the journal, who it was given to, for which communes, when; sealed. */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.domaine;
