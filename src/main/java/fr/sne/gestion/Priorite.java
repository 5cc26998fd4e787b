package fr.sne.gestion;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A priority recognised to a demande, derived from its events of the gestion partagée: a favourable DALO
 * decision (prioritaire et urgent, event {@code DECISION_DALO}, dated by the commission's decision), or one of the
 * priority publics of article L441-1 of the CCH (event {@code PRIORITE_RECONNUE}, dated by the event).
 *
 * @param nature    DALO or a public of L441-1
 * @param code      {@code DALO}, or the public's code ({@code VIOLENCES_CONJUGALES}…)
 * @param libelle   its name
 * @param date      the DALO decision's date, or the day the priority was recognised
 * @param guichet   the guichet that recorded it (null when none)
 * @param mouvement the id of the EVT movement that recorded it
 */
public record Priorite(Nature nature, String code, String libelle, LocalDate date, @Nullable String guichet,
        long mouvement) {

    /** The code of a DALO priority. */
    public static final String DALO = "DALO";

    /** A DALO decision comes before the publics of L441-1. */
    public enum Nature {
        DALO,
        PUBLIC_PRIORITAIRE
    }
}
