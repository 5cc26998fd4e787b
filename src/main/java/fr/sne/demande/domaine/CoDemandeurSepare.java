package fr.sne.demande.domaine;

import java.time.Instant;

import fr.sne.commun.acteur.Acteur;

/**
 * A co-demandeur leaves the household (séparation du couple): he gets a demande of his own, created with the
 * original date de dépôt (movement CRS), and the original demande loses him (movement MOD). Both are written in
 * one transaction.
 *
 * @param rang     the rank (from 1) of the co-demandeur in the original demande
 * @param original the original demande without him
 * @param nouvelle the new demande, numbered by the door in the month and year of the original deposit
 */
public record CoDemandeurSepare(int rang, DemandeModifiee original, DemandeEnregistree nouvelle)
        implements EvenementDemande {

    @Override
    public TypeMouvement type() {
        return TypeMouvement.CRS;
    }

    @Override
    public String territoire() {
        return nouvelle.territoire();
    }

    @Override
    public String guichet() {
        return nouvelle.guichet();
    }

    @Override
    public Acteur acteur() {
        return original.acteur();
    }

    @Override
    public Instant horodatage() {
        return nouvelle.horodatage();
    }
}
