package fr.sne.pieces.infrastructure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;

/**
 * The pieces' part of the erasure one year after radiation (décret 2017-917 art. 4): a piece is personal data
 * through and through, so its metadata go (deleted ones included) and its object is handed back for deletion from
 * the store once the erasure has committed. The row of a scanned Cerfa the national entry centre typed into one of
 * these demandes goes too: it names the demande (its numéro unique) and nothing else would ever read it again; its
 * scan left the queue's key when it was filed as pieces (ADR 0025).
 */
@Component
class EffacementPieces implements EffacementDemandes {

    /** The demandes erased, as one text parameter: no list of bind parameters to overflow on a big night. */
    private static final String PARMI = "numero_unique = any(string_to_array(cast(:numeros as text), ','))";

    private final JdbcClient jdbc;

    EffacementPieces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> liste = effacees.numeros();
        if (liste.isEmpty()) {
            return Set.of();
        }
        String numeros = String.join(",", liste);
        jdbc.sql("delete from cerfa_numerise where " + PARMI).param("numeros", numeros).update();
        return new LinkedHashSet<>(jdbc.sql("delete from piece where " + PARMI + " returning cle_stockage")
                .param("numeros", numeros).query(String.class).list());
    }
}
