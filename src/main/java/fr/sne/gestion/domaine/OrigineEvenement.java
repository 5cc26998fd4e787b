package fr.sne.gestion.domaine;

/** How an occurrence of a catalogue's event comes to exist (column {@code evenement_catalogue.origine}). */
public enum OrigineEvenement {
    /** Derived, when listing, from the lifecycle movement that implies it: never a row of its own, never entered. */
    CYCLE_DE_VIE,
    /** Entered by a guichet of one of the entry's types: one EVT movement. */
    SAISIE,
    /** Created by the registry when a commission's decision (CAL/CALEOL) is recorded: never entered by hand. */
    DECISION_CAL
}
