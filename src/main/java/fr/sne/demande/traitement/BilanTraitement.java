package fr.sne.demande.traitement;

import java.time.LocalDate;

/**
 * What one run of the nightly pass did for a day: notices decided, radiations for non-renewal (e) and for no
 * answer (c), demandes erased, letters rendered in batches and e-mails sent.
 */
public record BilanTraitement(LocalDate jour, int avis, int radiationsE, int radiationsC, int purges,
        int lettres, int courriels) {
}
