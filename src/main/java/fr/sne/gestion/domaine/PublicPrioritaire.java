package fr.sne.gestion.domaine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The priority publics of article L441-1 of the CCH, as a code list: the datum {@code public} of the event
 * {@code PRIORITE_RECONNUE}. The wording is shortened from the article's.
 */
public enum PublicPrioritaire {
    HANDICAP("Personne en situation de handicap, ou ménage comptant une telle personne"),
    SORTIE_COORDINATION_THERAPEUTIQUE("Personne sortant d'un appartement de coordination thérapeutique"),
    MAL_LOGE_DEFAVORISE("Personne mal logée ou défavorisée rencontrant des difficultés particulières de logement"),
    HEBERGE_LOGE_TEMPORAIREMENT("Personne hébergée ou logée temporairement dans un établissement ou un logement de "
            + "transition"),
    REPRISE_ACTIVITE("Personne reprenant une activité après une période de chômage de longue durée"),
    HABITAT_INDIGNE("Personne exposée à des situations d'habitat indigne"),
    VIOLENCES_CONJUGALES("Personne victime de violences au sein du couple ou de la famille"),
    VIOL_AGRESSION_SEXUELLE("Personne victime de viol ou d'agression sexuelle à son domicile ou à ses abords"),
    SORTIE_PROSTITUTION("Personne engagée dans le parcours de sortie de la prostitution"),
    TRAITE_PROXENETISME("Personne victime de la traite des êtres humains ou de proxénétisme"),
    SUROCCUPATION_INDECENCE("Personne logée dans un local sur-occupé ou indécent avec un mineur ou une personne "
            + "handicapée"),
    SANS_LOGEMENT("Personne dépourvue de logement, y compris hébergée par des tiers"),
    MENACE_EXPULSION("Personne menacée d'expulsion sans relogement"),
    AIDE_SOCIALE_ENFANCE("Mineur émancipé ou majeur de moins de 21 ans pris en charge par l'aide sociale à l'enfance");

    private final String libelle;

    PublicPrioritaire(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<PublicPrioritaire> deCode(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
