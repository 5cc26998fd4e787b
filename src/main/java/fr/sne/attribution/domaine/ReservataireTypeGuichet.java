package fr.sne.attribution.domaine;

/**
 * The types of guichet enregistreur that may act for a réservataire (column {@code guichet.type}): a réservataire
 * other than the State, a collectivité or a bailleur registers through a guichet of type RESERVATAIRE, Action
 * Logement through one of its own type (R441-2-1 CCH).
 */
public enum ReservataireTypeGuichet {

    RESERVATAIRE,
    ACTION_LOGEMENT;

    /** @return true when a guichet of this stored type may be linked to a réservataire */
    public static boolean admet(String typeGuichet) {
        for (ReservataireTypeGuichet t : values()) {
            if (t.name().equals(typeGuichet)) {
                return true;
            }
        }
        return false;
    }
}
