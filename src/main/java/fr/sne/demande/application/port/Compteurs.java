package fr.sne.demande.application.port;

import java.time.Instant;
import java.time.LocalDate;

import fr.sne.demande.VisibiliteDemandes;

/** Counts of demandes for the professional application's home page. */
public interface Compteurs {

    /** @return demandes this guichet registered at or after this instant */
    long enregistreesParGuichetDepuis(String guichet, Instant depuis);

    /** @return active demandes visible under this predicate whose validity ends between these dates (inclusive) */
    long aRenouvelerEntre(VisibiliteDemandes.PredicatSql visibilite, LocalDate debut, LocalDate fin);

    /** @return demandes visible under this predicate registered at or after this instant */
    long enregistreesDepuis(VisibiliteDemandes.PredicatSql visibilite, Instant depuis);
}
