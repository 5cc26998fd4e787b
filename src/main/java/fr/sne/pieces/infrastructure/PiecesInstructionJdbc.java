package fr.sne.pieces.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.sne.demande.VisibiliteDemandes.PredicatSql;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.domaine.PlagePages;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.Qualification;

/** {@link PiecesInstruction} on the table {@code piece} and the current version of the filing plan. */
@Repository
class PiecesInstructionJdbc implements PiecesInstruction {

    private static final String COLONNES = """
            p.id, p.numero_unique, p.categorie, p.personne, p.pages::text as pages, p.type_media, p.taille, p.sha256,
            p.guichet, p.deposee_le, p.qualification, p.obsolete, p.cle_stockage""";

    /** The pieces not deleted, with their territory (the numéro's first three characters) for the visibility. */
    private static final String PIECES = """
            (select *, substr(numero_unique, 1, 3) as territoire from piece where supprimee_le is null) p""";

    private static final String PLAN_COURANT = "(select max(version) from plan_classement)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PiecesInstructionJdbc(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<PieceStockee> verrouiller(String numeroUnique, UUID id) {
        return jdbc.sql("select " + COLONNES + " from piece p where p.id = :id and p.numero_unique = :numero "
                + "and p.supprimee_le is null for update")
                .param("id", id).param("numero", numeroUnique)
                .query(this::lire).optional();
    }

    @Override
    public void qualifier(UUID id, Qualification qualification, boolean obsolete, String par, Instant le) {
        jdbc.sql("""
                update piece set qualification = :qualification, qualifiee_par = :par, qualifiee_le = :le,
                                 obsolete = :obsolete
                 where id = :id""")
                .param("id", id).param("qualification", qualification.name()).param("par", par)
                .param("le", Timestamp.from(le)).param("obsolete", obsolete).update();
    }

    @Override
    public List<Candidate> candidatesObsolescence() {
        return jdbc.sql("""
                select p.id, p.numero_unique, p.deposee_le, c.obsolescence
                  from piece p
                  join categorie_piece c on c.version_plan = %s and c.code = p.categorie
                 where p.supprimee_le is null and not p.obsolete and c.obsolescence <> 'AUCUNE'
                 order by p.deposee_le, p.id""".formatted(PLAN_COURANT))
                .query((rs, i) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("numero_unique"),
                        rs.getTimestamp("deposee_le").toInstant(), rs.getString("obsolescence")))
                .list();
    }

    @Override
    public List<DemandeATraiter> aTraiter(PredicatSql visibilite, int decalage, int limite) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        parametres.put("decalage", decalage);
        parametres.put("limite", limite);
        return jdbc.sql(REQUETE_A_TRAITER.formatted(PIECES, visibilite.sql(), PLAN_COURANT)
                + " order by numero_unique offset :decalage limit :limite")
                .params(parametres)
                .query((rs, i) -> new DemandeATraiter(rs.getString("numero_unique"), rs.getInt("obsoletes"),
                        codes(rs.getArray("pleines"))))
                .list();
    }

    @Override
    public long nombreATraiter(PredicatSql visibilite) {
        return jdbc.sql("select count(*) from (" + REQUETE_A_TRAITER.formatted(PIECES, visibilite.sql(), PLAN_COURANT)
                + ") t").params(visibilite.parametres()).query(Long.class).single();
    }

    /** Per demande: its obsolete pieces and its categories holding as many pieces as their maximum. */
    private static final String REQUETE_A_TRAITER = """
            select parCategorie.numero_unique, sum(parCategorie.obsoletes)::int as obsoletes,
                   coalesce(array_agg(parCategorie.categorie order by c.rang)
                            filter (where parCategorie.nombre >= c.maximum), '{}') as pleines
              from (select p.numero_unique, p.categorie, count(*) as nombre, count(*) filter (where p.obsolete) as obsoletes
                      from %s
                     where %s
                     group by p.numero_unique, p.categorie) parCategorie
              left join categorie_piece c on c.version_plan = %s and c.code = parCategorie.categorie
             group by parCategorie.numero_unique
            having sum(parCategorie.obsoletes) > 0 or bool_or(parCategorie.nombre >= c.maximum)""";

    @Override
    public List<PieceStockee> obsoletesVerrouillees(PredicatSql visibilite, List<String> numeros) {
        Map<String, Object> parametres = new HashMap<>(visibilite.parametres());
        parametres.put("numeros", numeros.isEmpty() ? List.of("") : numeros);
        parametres.put("tous", numeros.isEmpty());
        return jdbc.sql("select " + COLONNES + " from piece p where p.id in (select p.id from " + PIECES
                + " where p.obsolete and (" + visibilite.sql() + ") and (:tous or p.numero_unique in (:numeros)))"
                + " order by p.numero_unique, p.deposee_le, p.id for update")
                .params(parametres).query(this::lire).list();
    }

    @Override
    public void supprimer(UUID id, String par, Instant le, String motif) {
        jdbc.sql("""
                update piece set supprimee_le = :le, supprimee_par = :par, motif_suppression = :motif
                 where id = :id and supprimee_le is null""")
                .param("id", id).param("le", Timestamp.from(le)).param("par", par).param("motif", motif).update();
    }

    private PieceStockee lire(ResultSet rs, int ligne) throws SQLException {
        String qualification = rs.getString("qualification");
        return new PieceStockee(new Piece(rs.getObject("id", UUID.class), rs.getString("numero_unique"),
                rs.getString("categorie"), rs.getString("personne"), pages(rs.getString("pages")),
                rs.getString("type_media"), rs.getLong("taille"), rs.getString("sha256"), rs.getString("guichet"),
                rs.getTimestamp("deposee_le").toInstant(),
                qualification == null ? null : Qualification.valueOf(qualification), rs.getBoolean("obsolete")),
                rs.getString("cle_stockage"));
    }

    private List<PlagePages> pages(String texte) {
        List<PlagePages> pages = new ArrayList<>();
        for (JsonNode plage : json.readTree(texte)) {
            JsonNode libelle = plage.get("libelle");
            pages.add(new PlagePages(plage.get("de").asInt(), plage.get("a").asInt(),
                    libelle == null || libelle.isNull() ? null : libelle.asString()));
        }
        return pages;
    }

    private static List<String> codes(@Nullable Array tableau) throws SQLException {
        return tableau == null ? List.of() : List.of((String[]) tableau.getArray());
    }
}
