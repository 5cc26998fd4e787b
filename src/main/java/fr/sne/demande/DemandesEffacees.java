package fr.sne.demande;

import java.time.LocalDate;
import java.util.List;

/**
 * The demandes whose nominative data were erased by the nightly pass of {@code jour} (SUP movements), handed to
 * every {@link EffacementDemandes} in the same transaction.
 */
public record DemandesEffacees(LocalDate jour, List<Effacee> demandes) {

    public DemandesEffacees {
        demandes = List.copyOf(demandes);
    }

    /** One demande erased: its internal id (the key of the tables that hang on it) and its numéro unique. */
    public record Effacee(long id, String numeroUnique, String territoire) {
    }

    /** The numéros uniques erased, in the order of {@link #demandes}. */
    public List<String> numeros() {
        return demandes.stream().map(Effacee::numeroUnique).toList();
    }

    /** The ids erased, in the order of {@link #demandes}. */
    public List<Long> ids() {
        return demandes.stream().map(Effacee::id).toList();
    }
}
