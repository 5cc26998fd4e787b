package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FluxMouvements;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.VisibiliteDemandes;

/**
 * The feed's read of the journal: one range scan of {@code mouvement_territoire_xid_id_ix} (a guichet's territory)
 * from the position, below the horizon; then, by a second statement, the state of the page's demandes when read,
 * each once (a demande has about four movements: its content is written as text, carried and decoded a quarter as
 * often as with a join per movement). A document written before V96 gives its countries by name
 * ({@link PaysDesDocuments}). The horizon is read by its own statement, before the page's (never in the same
 * statement: the page must see every transaction below it ended).
 */
@Repository
class FluxMouvementsJdbc implements FluxMouvements {

    private final JdbcClient jdbc;
    private final VisibiliteDemandes visibilite;
    private final PaysDesDocuments pays;

    FluxMouvementsJdbc(JdbcClient jdbc, VisibiliteDemandes visibilite, PaysDesDocuments pays) {
        this.jdbc = jdbc;
        this.visibilite = visibilite;
        this.pays = pays;
    }

    @Override
    public long horizon() {
        return Long.parseLong(jdbc.sql("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)")
                .query(String.class).single());
    }

    @Override
    public List<MouvementInstantane> lire(Position apres, long horizon, @Nullable Instant depuis,
            List<String> communes, Acteur acteur, int limite) {
        List<Ligne> lignes = lignes(apres, horizon, depuis, communes, acteur, limite, pays::relire);
        Map<String, Instantane> demandes = demandes(lignes.stream().map(Ligne::numeroUnique).distinct().toList());
        return lignes.stream().map(l -> l.avec(demandes.get(l.numeroUnique()))).toList();
    }

    @Override
    public PageCompacte lireCompacte(Position apres, long horizon, @Nullable Instant depuis,
            List<String> communes, Acteur acteur, int limite) {
        // without the demande's content, a document holds no country: nothing to read again
        List<Ligne> lignes = lignes(apres, horizon, depuis, communes, acteur, limite, FormatMouvement::sansDemande);
        List<String> numeros = lignes.stream().map(Ligne::numeroUnique).distinct().toList();
        Map<String, Instantane> lues = demandes(numeros);
        Map<String, Instantane> demandes = new LinkedHashMap<>(lues.size() * 2);
        for (String numero : numeros) {
            Instantane demande = lues.get(numero);
            if (demande != null) {
                demandes.put(numero, demande);
            }
        }
        return new PageCompacte(lignes.stream().map(l -> l.avec(null)).toList(), demandes);
    }

    @Override
    public List<Entete> lireEntetes(Position apres, long horizon, @Nullable Instant depuis, Acteur acteur,
            int limite) {
        return lignes(apres, horizon, depuis, List.of(), acteur, limite, null).stream()
                .map(l -> new Entete(l.position(), l.type(), l.numeroUnique())).toList();
    }

    /**
     * The page's movements, each document passed through {@code document} as it is read; without {@code document},
     * the documents are not read at all (each {@link Ligne#document} empty).
     */
    private List<Ligne> lignes(Position apres, long horizon, @Nullable Instant depuis, List<String> communes,
            Acteur acteur, int limite, @Nullable UnaryOperator<String> document) {
        VisibiliteDemandes.PredicatSql visible = visibilite.predicat(acteur, "m.territoire");
        Map<String, Object> parametres = new HashMap<>(visible.parametres());
        parametres.put("transaction", Long.toString(apres.transaction()));
        parametres.put("id", apres.id());
        parametres.put("horizon", Long.toString(horizon));
        parametres.put("limite", limite);
        StringBuilder filtres = new StringBuilder();
        if (depuis != null) {
            filtres.append(" and m.horodatage >= :depuis");
            parametres.put("depuis", Timestamp.from(depuis));
        }
        if (!communes.isEmpty()) {
            filtres.append(" and exists (select 1 from demande d join demande_commune dc on dc.demande_id = d.id"
                    + " where d.numero_unique = m.numero_unique"
                    + " and dc.code_commune = any(cast(:communes as char(5)[])))");
            parametres.put("communes", communes.toArray(String[]::new));
        }
        return jdbc.sql("""
                select m.id, cast(m.xid as text) as transaction, m.type, m.horodatage, m.guichet, m.numero_unique,
                       m.version_demande, """ + (document == null ? "''" : "cast(m.contenu as text)") + """
                 as document
                  from mouvement m
                 where (m.xid, m.id) > (cast(:transaction as xid8), :id)
                   and m.xid < cast(:horizon as xid8)
                   and (""" + visible.sql() + ")" + filtres + """

                 order by m.xid, m.id
                 limit :limite""")
                .params(parametres)
                .query((rs, n) -> new Ligne(new Position(Long.parseLong(rs.getString("transaction")),
                        rs.getLong("id")), rs.getString("type").strip(), rs.getTimestamp("horodatage").toInstant(),
                        rs.getString("guichet"), rs.getString("numero_unique"),
                        rs.getObject("version_demande", Integer.class),
                        document == null ? "" : document.apply(rs.getString("document"))))
                .list();
    }

    /** A movement of the page, before its demande is added. */
    private record Ligne(Position position, String type, Instant horodatage, @Nullable String guichet,
            String numeroUnique, @Nullable Integer versionDemande, String document) {

        MouvementInstantane avec(@Nullable Instantane demande) {
            return new MouvementInstantane(position, type, horodatage, guichet, numeroUnique, versionDemande,
                    document, demande);
        }
    }

    /**
     * The state of the page's demandes, each once (a page of 10,000 movements of the national dataset holds about
     * 2,300 demandes), read after the page by a later statement: each is at least as recent as when its movements
     * were read, so its version is at least theirs (versions only grow). A demande the registry no longer holds
     * is absent.
     */
    private Map<String, Instantane> demandes(List<String> numeros) {
        Map<String, Instantane> demandes = new HashMap<>(numeros.size() * 2);
        if (numeros.isEmpty()) {
            return demandes;
        }
        jdbc.sql("select " + LignesInstantane.COLONNES + """

                  from demande d
                 where d.numero_unique = any(cast(:numeros as char(18)[]))""")
                .param("numeros", numeros.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    demandes.put(rs.getString("numero_unique"), LignesInstantane.lire(rs));
                });
        return demandes;
    }
}
