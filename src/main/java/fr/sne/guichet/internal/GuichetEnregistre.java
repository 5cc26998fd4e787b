package fr.sne.guichet.internal;

import fr.sne.guichet.Guichet;

/** A guichet as stored, with its activity flag. */
public record GuichetEnregistre(Guichet guichet, boolean actif) {
}
