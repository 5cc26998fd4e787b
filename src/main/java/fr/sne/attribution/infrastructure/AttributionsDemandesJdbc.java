package fr.sne.attribution.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.AttributionsDemandes;

/** {@link AttributionsDemandes}: three queries per batch (designations, candidatures, leases), by numéro. */
@Repository
class AttributionsDemandesJdbc implements AttributionsDemandes {

    private final JdbcClient jdbc;

    AttributionsDemandesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Attributions> attributions(Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return Map.of();
        }
        String[] numeros = numerosUniques.toArray(String[]::new);
        Map<String, List<Designation>> designations = new TreeMap<>();
        jdbc.sql("""
                select d.numero_unique, l.identifiant_rpls, l.code_commune, d.guichet, d.reservataire_id, r.nom,
                       r.categorie, d.designe_le
                  from designation d
                  join logement l on l.id = d.logement_id
                  left join reservataire r on r.id = d.reservataire_id
                 where d.numero_unique = any(cast(:numeros as char(18)[]))
                 order by d.numero_unique, d.id""")
                .param("numeros", numeros)
                .query((rs, n) -> designations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Designation(rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                                rs.getObject(5, Long.class), rs.getString(6), rs.getString(7),
                                rs.getTimestamp(8).toInstant())))
                .list();
        Map<String, List<Decision>> decisions = new TreeMap<>();
        jdbc.sql("""
                select c.numero_unique, m.date_commission, l.identifiant_rpls, l.code_commune, c.ordre, c.decision,
                       c.rang, c.motif, c.sous_motif, c.decidee_le, c.reponse, c.motif_refus, c.repondue_le
                  from candidature c
                  join commission m on m.id = c.commission_id
                  join logement l on l.id = c.logement_id
                 where c.numero_unique = any(cast(:numeros as char(18)[]))
                 order by c.numero_unique, c.id""")
                .param("numeros", numeros)
                .query((rs, n) -> decisions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Decision(rs.getObject(2, LocalDate.class), rs.getString(3).strip(), rs.getString(4),
                                rs.getInt(5), rs.getString(6), rs.getObject(7, Integer.class), rs.getString(8),
                                rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                                rs.getString(11), rs.getString(12),
                                rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant())))
                .list();
        Map<String, List<Bail>> baux = new TreeMap<>();
        jdbc.sql("""
                select b.numero_unique, b.date_signature, l.identifiant_rpls, l.code_commune, b.contingent,
                       b.reservataire_id, b.accord_collectif, b.prioritaire_dalo, b.guichet
                  from bail b
                  join logement l on l.id = b.logement_id
                 where b.numero_unique = any(cast(:numeros as char(18)[]))
                 order by b.numero_unique, b.id""")
                .param("numeros", numeros)
                .query((rs, n) -> baux.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Bail(rs.getObject(2, LocalDate.class), rs.getString(3).strip(), rs.getString(4),
                                rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getBoolean(8),
                                rs.getString(9))))
                .list();
        Map<String, Attributions> resultat = new LinkedHashMap<>();
        for (String numero : numerosUniques) {
            List<Designation> d = designations.getOrDefault(numero, List.of());
            List<Decision> c = decisions.getOrDefault(numero, List.of());
            List<Bail> b = baux.getOrDefault(numero, List.of());
            if (!d.isEmpty() || !c.isEmpty() || !b.isEmpty()) {
                resultat.put(numero, new Attributions(d, c, b));
            }
        }
        return resultat;
    }
}
