package fr.sne.guichet.administration;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;

/**
 * Who may administer which guichets: the gestionnaire territorial those of his territory (the département, or the
 * Île-de-France region as territory 111; R441-2-5 and R441-2-6 CCH), the national administrator every territory
 * and the national guichets (ADR 0025: whatever territory their row names as their seat, they belong to none),
 * nobody else. A guichet out of the actor's territory is answered as one that does not exist, so that a tampered
 * code or address tells nothing of another territory's desks.
 */
public final class PerimetreAdministration {

    private PerimetreAdministration() {
    }

    /** @throws AccesRefuseException unless the actor is a gestionnaire territorial or the national administrator */
    public static void exigerAdministrateur(Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE,
                    "L'administration des guichets est réservée aux gestionnaires territoriaux et à l'administration "
                            + "nationale.");
        }
    }

    /**
     * @throws RessourceIntrouvableException when the guichet's territory is not the actor's, or when it is a national
     *                                       guichet ({@link Acteur#TYPES_GUICHET_NATIONAL}): the territory of its row
     *                                       is only its seat, and only the national administrator administers it
     */
    public static void exigerDansLePerimetre(Acteur acteur, String codeGuichet, String territoireGuichet,
            String typeGuichet) {
        exigerAdministrateur(acteur);
        if (!acteur.national() && (Acteur.TYPES_GUICHET_NATIONAL.contains(typeGuichet)
                || !acteur.couvre(territoireGuichet))) {
            throw introuvable(codeGuichet);
        }
    }

    /**
     * The territory of a guichet being created: a gestionnaire's own, whatever the form says; the national
     * administrator's choice.
     *
     * @return null when the national administrator gave none
     */
    public static @Nullable String territoireDeCreation(Acteur acteur, @Nullable String territoireSaisi) {
        exigerAdministrateur(acteur);
        if (acteur.national()) {
            return territoireSaisi == null || territoireSaisi.isBlank() ? null : territoireSaisi.strip();
        }
        return acteur.territoires().iterator().next();
    }

    static RessourceIntrouvableException introuvable(String codeGuichet) {
        return new RessourceIntrouvableException("Guichet introuvable : " + codeGuichet);
    }
}
