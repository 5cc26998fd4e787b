package fr.sne.donnees;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secondary indexes, unique constraints and foreign keys of tables about to receive a bulk {@code COPY}:
 * dropped before it and re-created after it, in the caller's transaction, from their definitions in the catalogue,
 * so that they come back exactly as the migrations made them and a failure rolls the drop back. Building an index
 * once, by sorting, costs a fraction of maintaining it row by row; one join validates a foreign key for the price of
 * a few of its row-by-row checks. Primary keys stay (the ids arrive in order, and other tables' foreign keys rest on
 * them), and so do unique constraints that a foreign key references.
 * <p>
 * Dropping takes an exclusive lock on each table until the transaction ends: for the dataset generator only, which
 * is refused in production.
 */
public final class IndexDifferes {

    private record Objet(String table, String nom, String recreer) {
    }

    private final List<Objet> objets;

    private IndexDifferes(List<Objet> objets) {
        this.objets = objets;
    }

    /** Drops the secondary indexes, unique constraints and foreign keys of these tables; remembers how to re-create them. */
    public static IndexDifferes supprimer(Connection connexion, List<String> tables) throws Exception {
        List<Objet> objets = new ArrayList<>();
        String[] noms = tables.toArray(String[]::new);
        // foreign keys first (a table's own), then unique constraints nothing references, then plain indexes
        lire(connexion, """
                select c.conrelid::regclass::text, c.conname, 'alter table ' || c.conrelid::regclass::text
                       || ' add constraint ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.contype = 'f' and c.conrelid::regclass::text = any (?)
                 order by 1, 2""", noms, objets);
        lire(connexion, """
                select c.conrelid::regclass::text, c.conname, 'alter table ' || c.conrelid::regclass::text
                       || ' add constraint ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
                  from pg_constraint c
                 where c.contype = 'u' and c.conrelid::regclass::text = any (?)
                   and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
                 order by 1, 2""", noms, objets);
        lire(connexion, """
                select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  from pg_index i
                 where i.indrelid::regclass::text = any (?) and not i.indisprimary
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                 order by 1, 2""", noms, objets);
        try (Statement s = connexion.createStatement()) {
            for (Objet o : objets) {
                s.execute(o.recreer().startsWith("alter table")
                        ? "alter table " + o.table() + " drop constraint " + quote(o.nom())
                        : "drop index " + o.nom());
            }
        }
        return new IndexDifferes(objets);
    }

    /**
     * Re-creates what was dropped: indexes, then unique constraints, then foreign keys (each validated once).
     *
     * @return the seconds taken per table, in order
     */
    public Map<String, Double> recreer(Connection connexion) throws Exception {
        Map<String, Double> secondes = new LinkedHashMap<>();
        try (Statement s = connexion.createStatement()) {
            for (int i = objets.size() - 1; i >= 0; i--) {
                Objet o = objets.get(i);
                long debut = System.nanoTime();
                s.execute(o.recreer());
                secondes.merge(o.table(), (System.nanoTime() - debut) / 1e9, Double::sum);
            }
        }
        return secondes;
    }

    /** What was dropped, by name. */
    public List<String> noms() {
        return objets.stream().map(Objet::nom).toList();
    }

    private static void lire(Connection connexion, String requete, String[] tables, List<Objet> objets)
            throws Exception {
        try (PreparedStatement p = connexion.prepareStatement(requete)) {
            p.setArray(1, connexion.createArrayOf("text", tables));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    objets.add(new Objet(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
        }
    }

    private static String quote(String nom) {
        return "\"" + nom.replace("\"", "\"\"") + "\"";
    }
}
