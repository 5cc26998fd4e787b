package fr.sne.portail.application.port;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The journal of the attempts to attach a demande by code ({@code tentative_rattachement}). */
public interface TentativesRattachement {

    /** What became of an attempt. */
    enum Issue {
        /** attached */
        REUSSIE,
        /** wrong numéro or code */
        ECHOUEE,
        /** refused unread: too many failures */
        FREINEE
    }

    void journaliser(UUID compte, Instant le, String numeroSaisi, String source, Issue issue);

    /** @return the instants of the account's failures since this instant, oldest first */
    List<Instant> echecsDepuis(UUID compte, Instant depuis);
}
