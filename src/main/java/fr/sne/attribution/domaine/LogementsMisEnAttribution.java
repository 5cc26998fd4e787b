package fr.sne.attribution.domaine;

/**
 * Port: how many dwellings a bailleur put to attribution in a year, the base of the réservataires' objectives
 * (décret 2020-145: the flux is the dwellings becoming available, rotation and new stock).
 */
public interface LogementsMisEnAttribution {

    long nombre(String sirenBailleur, int annee);
}
