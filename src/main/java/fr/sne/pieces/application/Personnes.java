package fr.sne.pieces.application;

import fr.sne.demande.DemandeLue;

/**
 * The reference of a person of the household a piece concerns: {@code DEMANDEUR}, {@code CO_DEMANDEUR:n} or
 * {@code PERSONNE_A_CHARGE:n} (the n-th of that role, from 1; {@code CO_DEMANDEUR} alone is the first).
 */
final class Personnes {

    /** The form of a reference. */
    static final String FORMAT = "(DEMANDEUR|CO_DEMANDEUR|PERSONNE_A_CHARGE)(:[1-9][0-9]?)?";

    private Personnes() {
    }

    /** Whether the reference names a person of the demande's household. */
    static boolean existe(DemandeLue demande, String reference) {
        if (!reference.matches(FORMAT)) {
            return false;
        }
        String[] parties = reference.split(":");
        String role = parties[0];
        int rang = parties.length > 1 ? Integer.parseInt(parties[1]) : 1;
        if (role.equals("DEMANDEUR") && rang != 1) {
            return false;
        }
        long deCeRole = demande.personnes().stream().filter(p -> p.role().equals(role)).count();
        return rang <= deCeRole;
    }
}
