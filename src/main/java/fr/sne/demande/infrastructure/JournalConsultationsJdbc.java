package fr.sne.demande.infrastructure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.JournalConsultations;
import fr.sne.demande.domaine.EcranConsultation;

/**
 * Writes the journal lines of other modules' screens ({@code journal_acces}), one statement for a whole list: each
 * line takes its demande's territory from the demande's row.
 */
@Repository
class JournalConsultationsJdbc implements JournalConsultations {

    private final JdbcClient jdbc;
    private final Clock horloge;

    JournalConsultationsJdbc(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public void candidatsAffiches(Acteur acteur, Collection<String> numerosUniques) {
        consigner(acteur, numerosUniques, EcranConsultation.CANDIDATS);
    }

    @Override
    public void pieceAffichee(Acteur acteur, String numeroUnique) {
        consigner(acteur, List.of(numeroUnique), EcranConsultation.PIECE);
    }

    @Override
    public void piecesAffichees(Acteur acteur, String numeroUnique) {
        consigner(acteur, List.of(numeroUnique), EcranConsultation.PIECES);
    }

    @Override
    public Set<String> ressourcesDrmAffichees(Acteur acteur, Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
                select :horodatage, :type, :acteur, cast(:guichet as char(5)), d.numero_unique, d.territoire, :ecran
                from demande d where d.numero_unique in (:numeros)
                returning numero_unique""")
                .param("horodatage", Timestamp.from(Instant.now(horloge)))
                .param("type", acteur.type().name())
                .param("acteur", acteur.identifiant())
                .param("guichet", acteur.guichet())
                .param("numeros", List.copyOf(numerosUniques))
                .param("ecran", EcranConsultation.DRM.name())
                .query(String.class).list());
    }

    private void consigner(Acteur acteur, Collection<String> numerosUniques, EcranConsultation ecran) {
        if (numerosUniques.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran)
                select :horodatage, :type, :acteur, cast(:guichet as char(5)), d.numero_unique, d.territoire, :ecran
                from demande d where d.numero_unique in (:numeros)""")
                .param("horodatage", Timestamp.from(Instant.now(horloge)))
                .param("type", acteur.type().name())
                .param("acteur", acteur.identifiant())
                .param("guichet", acteur.guichet())
                .param("numeros", List.copyOf(numerosUniques))
                .param("ecran", ecran.name())
                .update();
    }
}
