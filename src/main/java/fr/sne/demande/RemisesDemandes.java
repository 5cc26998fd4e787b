package fr.sne.demande;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import fr.sne.commun.acteur.Acteur;

/**
 * The record of which demandes the guichets' software was handed out, per reader, day and channel (issue 16 §1):
 * the applicant's "who consulted my demande" covers the API, the feed and the exports as the access journal
 * ({@link JournalConsultations}) covers the screens. The demande module declares it, its API reads note what they
 * hand out and its pages show it; the exchanges module ({@code fr.sne.echanges}) implements it and alone writes
 * its table, as it writes the feed's and the exports' hand-outs (ADR 0020). Cheap by design: one statement for a
 * whole page or list, one row per demande, reader, day and channel however many times it was handed out.
 */
public interface RemisesDemandes {

    /** The channel the demande went through. */
    enum Canal {
        /** The movement feed, {@code GET /v1.0/mouvements}. */
        FLUX,
        /** The other reads of the API that give a demande's personal data. */
        API,
        /** A bulk export. */
        EXPORT
    }

    /** A hand-out: on this day (Europe/Paris), to this reader, through this channel. */
    record Remise(LocalDate jour, String lecteur, Canal canal) {
    }

    /** These demandes were handed out to this reader on this day through this channel (already noted: nothing). */
    void noter(String lecteur, LocalDate jour, Canal canal, Collection<String> numerosUniques);

    /** These demandes were handed out to this actor today, through this channel. */
    void noter(Acteur acteur, Canal canal, Collection<String> numerosUniques);

    /** The hand-outs of one demande, newest day first, at most {@code limite}. */
    List<Remise> deLaDemande(String numeroUnique, int limite);

    /** The reader as the record names it: the guichet, or the actor's kind and identifier (100 characters). */
    static String lecteur(Acteur acteur) {
        String nom = acteur.guichet() != null ? acteur.guichet() : acteur.type().name() + ":" + acteur.identifiant();
        return nom.length() > 100 ? nom.substring(0, 100) : nom;
    }
}
