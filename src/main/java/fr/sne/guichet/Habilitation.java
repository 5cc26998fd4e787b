package fr.sne.guichet;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an API client of a guichet may do, one capability each (ADR 0017): the one list of habilitations, their
 * codes (the OAuth scope of the same name, and {@code client_api_habilitation.habilitation}) and labels. A client
 * holds any number of them; the API checks the one an operation needs on every call, against SNE's record of the
 * client. Those not yet {@link #enService() in service} have their code reserved for the capabilities to come and
 * are not offered in the administration pages.
 */
public enum Habilitation {

    DEMANDES("demandes", "Demandes", "Enregistrer, consulter et faire vivre les demandes du guichet : cycle de vie, "
            + "événements, attributions, réservataires, mixité.", true),
    EXPORTS("exports", "Exports", "Demander et télécharger les exports en masse des demandes du territoire.", true),
    INSTRUCTION("instruction", "Instruction", "Qualifier les pièces justificatives des demandes (valide, inexploitable, "
            + "hors de la liste réglementaire) : le logiciel agit pour les agents instructeurs du guichet.", true),
    DRM("drm", "Ressources mensuelles (DRM)", "Lire les ressources mensuelles des demandeurs transmises par le "
            + "Dispositif des ressources mensuelles (DRM), là où le guichet est ouvert à la DRM : le logiciel agit pour "
            + "les agents du guichet qui détiennent le profil DRM.", true),
    NUMERISATION("numerisation", "Numérisation", "Déposer les plis numérisés (pièces sous fiche de transmission) et "
            + "les Cerfas papier à saisir par le centre national : réservé au prestataire de numérisation.", true),
    RAPPORTS("rapports", "Rapports", "Réservé : les rapports et statistiques, à venir.", false),
    COTATION("cotation", "Cotation", "Réservé : la cotation des demandes, à venir.", false),
    REFERENTIELS("referentiels", "Référentiels", "Réservé : les référentiels du registre, à venir.", false);

    private final String code;
    private final String libelle;
    private final String description;
    private final boolean enService;

    Habilitation(String code, String libelle, String description, boolean enService) {
        this.code = code;
        this.libelle = libelle;
        this.description = description;
        this.enService = enService;
    }

    /** The code: the OAuth scope of the same name and the stored value. */
    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** What it lets a client do, in French. */
    public String description() {
        return description;
    }

    /** Whether an operation already needs it (the others are reserved and not granted yet). */
    public boolean enService() {
        return enService;
    }

    /** The habilitation of this code, exactly (codes are lower case). */
    public static Optional<Habilitation> deCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }

    /** The habilitations an administrator may grant today. */
    /** The habilitations of these stored codes; a code this version does not know is ignored. */
    public static Set<Habilitation> deCodes(String... codes) {
        Set<Habilitation> habilitations = EnumSet.noneOf(Habilitation.class);
        for (String code : codes) {
            deCode(code).ifPresent(habilitations::add);
        }
        return habilitations;
    }

    public static List<Habilitation> enServiceSeulement() {
        return Arrays.stream(values()).filter(Habilitation::enService).toList();
    }
}
