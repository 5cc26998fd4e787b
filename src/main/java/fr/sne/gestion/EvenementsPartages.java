package fr.sne.gestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The events of the gestion partagée of many demandes at once, as the professionals of their territory see them
 * (EVT movements and the events their lifecycle implies, ADR 0013): for the bulk exports of the {@code echanges}
 * module. It answers without asking who reads: each caller asks {@code VisibiliteDemandes} first.
 */
public interface EvenementsPartages {

    /** The events of each of these demandes, in the order recorded; a demande without any is absent. */
    Map<String, List<EvenementPartage>> evenements(Collection<String> numerosUniques);

    /**
     * One event.
     *
     * @param mouvement  the movement it was read from (an event derived from the lifecycle shares its movement)
     * @param code       its code in the national catalogue
     * @param origine    CYCLE_DE_VIE, SAISIE or DECISION_CAL
     * @param date       the day it happened
     * @param horodatage when it was recorded
     * @param guichet    the guichet that recorded it, null for the registry
     * @param donnees    its data by name (texts, dates as text, numbers)
     */
    record EvenementPartage(long mouvement, String code, String libelle, String origine, LocalDate date, Instant horodatage,
            @Nullable String guichet, @Nullable String commentaire, Map<String, Object> donnees) {

        public EvenementPartage {
            donnees = Map.copyOf(donnees);
        }
    }
}
