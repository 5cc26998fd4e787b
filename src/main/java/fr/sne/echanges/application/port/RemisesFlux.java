package fr.sne.echanges.application.port;

import java.time.LocalDate;
import java.util.Collection;

import fr.sne.demande.RemisesDemandes.Canal;

/**
 * The record of which demandes the exchanges handed out (the feed, the exports), per reader, day and channel: the
 * same table as the demande module's API reads note through {@link fr.sne.demande.RemisesDemandes}.
 */
public interface RemisesFlux {

    /** These demandes were handed out to this reader on this day through this channel (already noted: nothing). */
    void noter(String lecteur, LocalDate jour, Canal canal, Collection<String> numerosUniques);
}
