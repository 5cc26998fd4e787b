package fr.sne.pieces.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlagePages;
import fr.sne.pieces.domaine.Qualification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link StockPieces} in the table {@code piece}. */
@Repository
class StockPiecesJdbc implements StockPieces {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLONNES = """
            id, numero_unique, categorie, personne, pages::text as pages, type_media, taille, sha256, cle_stockage,
            guichet, deposee_le, qualification, obsolete, supprimee_le""";

    private final JdbcClient jdbc;

    StockPiecesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void verrouiller(String numeroUnique) {
        // a lock of this transaction on the demande's pieces, in a key space of its own (hashtext of a prefixed text)
        jdbc.sql("select pg_advisory_xact_lock(hashtext('piece:' || ?))").param(numeroUnique).query().listOfRows();
    }

    @Override
    public List<Piece> actives(String numeroUnique) {
        return jdbc.sql("select " + COLONNES + " from piece where numero_unique = ? and supprimee_le is null "
                + "order by deposee_le, id")
                .param(numeroUnique).query((rs, n) -> piece(rs)).list();
    }

    @Override
    public Optional<PieceEnregistree> parId(UUID id) {
        return jdbc.sql("select " + COLONNES + " from piece where id = ?").param(id)
                .query((rs, n) -> new PieceEnregistree(piece(rs), rs.getString("cle_stockage"),
                        rs.getTimestamp("supprimee_le") == null ? null : rs.getTimestamp("supprimee_le").toInstant()))
                .optional();
    }

    @Override
    public void ajouter(Piece p, String cleStockage, Acteur acteur) {
        try {
            jdbc.sql("""
                    insert into piece (id, numero_unique, categorie, personne, pages, type_media, taille, sha256,
                                       cle_stockage, guichet, acteur_type, acteur_id, deposee_le, obsolete)
                    values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, false)""")
                    .params(p.id(), p.numeroUnique(), p.categorie(), p.personne(), pages(p.pages()), p.typeMedia(),
                            p.taille(), p.sha256(), cleStockage, p.guichet(), acteur.type().name(),
                            acteur.identifiant(), Timestamp.from(p.deposeeLe()))
                    .update();
        } catch (DuplicateKeyException e) {
            // the same file lodged at the same moment by another transaction (the index says so)
            throw new ConflitException(CodeMotif.PIECE_EN_DOUBLE, CodeMotif.PIECE_EN_DOUBLE.message(
                    java.util.Map.of("piece", "déposée à l'instant")), java.util.Map.of());
        }
    }

    @Override
    public void supprimer(UUID id, Instant quand, Acteur par, String motif) {
        jdbc.sql("""
                update piece set supprimee_le = ?, supprimee_par = ?, motif_suppression = ?
                 where id = ? and supprimee_le is null""")
                .params(Timestamp.from(quand), par.type().name() + ":" + par.identifiant(), motif, id).update();
    }

    @Override
    public void reclasser(UUID id, String categorie) {
        jdbc.sql("update piece set categorie = ? where id = ? and supprimee_le is null").params(categorie, id).update();
    }

    static Piece piece(ResultSet rs) throws SQLException {
        String qualification = rs.getString("qualification");
        return new Piece(rs.getObject("id", UUID.class), rs.getString("numero_unique"), rs.getString("categorie"),
                rs.getString("personne"), plages(rs.getString("pages")), rs.getString("type_media"),
                rs.getLong("taille"), rs.getString("sha256"), rs.getString("guichet"),
                rs.getTimestamp("deposee_le").toInstant(),
                qualification == null ? null : Qualification.valueOf(qualification), rs.getBoolean("obsolete"));
    }

    static String pages(List<PlagePages> plages) {
        ArrayNode tableau = JSON.createArrayNode();
        for (PlagePages p : plages) {
            ObjectNode o = tableau.addObject().put("de", p.de()).put("a", p.a());
            if (p.libelle() != null) {
                o.put("libelle", p.libelle());
            }
        }
        return JSON.writeValueAsString(tableau);
    }

    static List<PlagePages> plages(String json) {
        List<PlagePages> plages = new ArrayList<>();
        for (JsonNode p : JSON.readTree(json)) {
            JsonNode libelle = p.get("libelle");
            plages.add(new PlagePages(p.get("de").asInt(), p.get("a").asInt(),
                    libelle == null || libelle.isNull() ? null : libelle.asString()));
        }
        return plages;
    }
}
