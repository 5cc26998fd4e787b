package fr.sne.pieces.infrastructure;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.pieces.application.port.ControlesStock;

@Repository
class ControlesStockJdbc implements ControlesStock {

    private static final int LOT = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate curseur;

    ControlesStockJdbc(JdbcClient jdbc, DataSource source) {
        this.jdbc = jdbc;
        this.curseur = new JdbcTemplate(source);
        // a fetch size in a transaction: PostgreSQL's driver reads by a cursor, LOT rows at a time
        this.curseur.setFetchSize(LOT);
    }

    @Override
    @Transactional(readOnly = true)
    public void clesConservees(Consumer<String> cle) {
        curseur.query("select cle_stockage from piece where supprimee_le is null order by cle_stockage collate \"C\"",
                rs -> {
                    cle.accept(rs.getString(1));
                });
    }

    @Override
    @Transactional
    public void enregistrer(Rapport r, Instant oubliAvant) {
        jdbc.sql("""
                insert into controle_stock_pieces (fait_le, objets, pieces, objets_sans_piece, pieces_sans_objet,
                                                   exemples_objets, exemples_pieces)
                values (:faitLe, :objets, :pieces, :objetsSansPiece, :piecesSansObjet,
                        cast(:exemplesObjets as text[]), cast(:exemplesPieces as text[]))""")
                .param("faitLe", Timestamp.from(r.faitLe())).param("objets", r.objets()).param("pieces", r.pieces())
                .param("objetsSansPiece", r.objetsSansPiece()).param("piecesSansObjet", r.piecesSansObjet())
                .param("exemplesObjets", r.exemplesObjets().toArray(String[]::new))
                .param("exemplesPieces", r.exemplesPieces().toArray(String[]::new))
                .update();
        jdbc.sql("delete from controle_stock_pieces where fait_le < :avant").param("avant", Timestamp.from(oubliAvant))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rapport> derniers(int combien) {
        return jdbc.sql("""
                select fait_le, objets, pieces, objets_sans_piece, pieces_sans_objet, exemples_objets, exemples_pieces
                  from controle_stock_pieces order by fait_le desc, id desc limit :combien""")
                .param("combien", combien)
                .query((rs, n) -> new Rapport(rs.getTimestamp("fait_le").toInstant(), rs.getLong("objets"),
                        rs.getLong("pieces"), rs.getLong("objets_sans_piece"), rs.getLong("pieces_sans_objet"),
                        textes(rs.getArray("exemples_objets")), textes(rs.getArray("exemples_pieces"))))
                .list();
    }

    private static List<String> textes(Array tableau) throws java.sql.SQLException {
        return Arrays.asList((String[]) tableau.getArray());
    }
}
