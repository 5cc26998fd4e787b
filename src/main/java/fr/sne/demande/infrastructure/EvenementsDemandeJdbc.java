package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.EvenementsDemande;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.domaine.NumeroUnique;

/** {@link EvenementsDemande} through the one door ({@link JournalDemandes#journaliserEvenement}). */
@Repository
class EvenementsDemandeJdbc implements EvenementsDemande {

    private final JournalDemandes journal;
    private final DemandeRepository demandes;
    private final Clock horloge;
    private final JdbcClient jdbc;

    EvenementsDemandeJdbc(JournalDemandes journal, DemandeRepository demandes, Clock horloge, JdbcClient jdbc) {
        this.journal = journal;
        this.demandes = demandes;
        this.horloge = horloge;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int journaliser(EvenementAJournaliser e, Acteur acteur) {
        // one statement: the row locked (shared), unknown and erased demandes refused there
        return journal.journaliserEvenement(new NumeroUnique(e.numeroUnique()), e.guichet(), acteur,
                horloge.instant(), e.code(), e.date(), e.commentaire(), e.donnees());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MouvementDemande> mouvements(String numeroUnique) {
        return demandes.mouvements(new NumeroUnique(numeroUnique)).stream()
                .map(m -> new MouvementDemande(m.id(), m.type(), m.horodatage(), m.guichet(), m.versionDemande(),
                        m.document()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<MouvementDemande>> mouvements(Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return parDemande(jdbc.sql("""
                select id, numero_unique, type, horodatage, guichet, version_demande,
                       contenu::text as contenu
                  from mouvement
                 where numero_unique = any(cast(? as char(18)[]))
                 order by numero_unique, id""")
                .params((Object) numerosUniques.toArray(String[]::new)), FormatMouvement::sansDemande);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<MouvementDemande>> evenements(Collection<String> numerosUniques,
            Collection<String> codes) {
        if (numerosUniques.isEmpty() || codes.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return parDemande(jdbc.sql("""
                select id, numero_unique, type, horodatage, guichet, version_demande, contenu::text as contenu
                  from mouvement
                 where numero_unique = any(?) and type = 'EVT' and contenu ->> 'code' = any(?)
                 order by numero_unique, id""")
                .params(numerosUniques.toArray(String[]::new), codes.toArray(String[]::new)), d -> d);
    }

    /**
     * The movements a statement selects ({@code id, numero_unique, type, horodatage, guichet, version_demande,
     * contenu}), per demande in the order read.
     */
    private static Map<String, List<MouvementDemande>> parDemande(JdbcClient.StatementSpec requete,
            java.util.function.UnaryOperator<String> document) {
        Map<String, List<MouvementDemande>> parDemande = new LinkedHashMap<>();
        requete.query((ResultSet rs) -> {
            parDemande.computeIfAbsent(rs.getString("numero_unique"), k -> new ArrayList<>())
                    .add(new MouvementDemande(rs.getLong("id"), rs.getString("type"),
                            rs.getTimestamp("horodatage").toInstant(), rs.getString("guichet"),
                            rs.getObject("version_demande", Integer.class),
                            FormatMouvement.lire(document.apply(rs.getString("contenu")))));
        });
        return parDemande;
    }
}
