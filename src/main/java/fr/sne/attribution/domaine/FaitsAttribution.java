package fr.sne.attribution.domaine;

/** Port: the attribution facts ({@code attribution_fait}; this module is their only writer). */
public interface FaitsAttribution {

    void ecrire(FaitAttribution fait);
}
