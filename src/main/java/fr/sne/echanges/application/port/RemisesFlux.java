package fr.sne.echanges.application.port;

import java.time.LocalDate;
import java.util.Collection;

/** The record of which demandes the feed handed out, per reader and day. */
public interface RemisesFlux {

    /** These demandes were handed out to this reader on this day (a demande already noted that day: nothing). */
    void noter(String lecteur, LocalDate jour, Collection<String> numerosUniques);
}
