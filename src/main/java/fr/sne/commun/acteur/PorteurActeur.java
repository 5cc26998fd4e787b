package fr.sne.commun.acteur;

/**
 * An authenticated principal that knows its {@link Acteur}: the signed-in agent of a web session, whatever
 * identity provider authenticated him. The edge's {@link ActeurCourant} asks it instead of knowing each kind of
 * session.
 */
public interface PorteurActeur {

    /** @return the actor this principal acts as */
    Acteur acteur();
}
