package fr.sne.pieces.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.pieces.application.port.FileCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;

/** The queue of scanned Cerfas in PostgreSQL (table {@code cerfa_numerise}, V106). */
@Repository
class FileCerfasJdbc implements FileCerfas {

    private static final String COLONNES = """
            id, sha256, taille, pages, pages_cerfa, reference, client_api, recu_le, etat, brouillon, saisie_par,
            numero_unique, saisi_le""";

    private final JdbcClient jdbc;

    FileCerfasJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean ajouter(CerfaNumerise c, String cleStockage) {
        return jdbc.sql("""
                insert into cerfa_numerise (id, sha256, taille, pages, pages_cerfa, cle_stockage, reference, client_api,
                                            recu_le, etat)
                values (:id, :sha256, :taille, :pages, :pagesCerfa, :cle, :reference, :client, :recu, 'A_SAISIR')
                on conflict (sha256) do nothing""")
                .param("id", c.id()).param("sha256", c.sha256()).param("taille", c.taille())
                .param("pages", c.pages()).param("pagesCerfa", c.pagesCerfa()).param("cle", cleStockage)
                .param("reference", c.reference()).param("client", c.clientApi())
                .param("recu", Timestamp.from(c.recuLe())).update() == 1;
    }

    @Override
    public Optional<CerfaNumerise> parId(UUID id) {
        return jdbc.sql("select " + COLONNES + " from cerfa_numerise where id = ?").param(id)
                .query(FileCerfasJdbc::lire).optional();
    }

    @Override
    public Optional<CerfaNumerise> parSha256(String sha256) {
        return jdbc.sql("select " + COLONNES + " from cerfa_numerise where sha256 = ?").param(sha256)
                .query(FileCerfasJdbc::lire).optional();
    }

    @Override
    public List<CerfaNumerise> aSaisir(int limite) {
        return jdbc.sql("select " + COLONNES + " from cerfa_numerise where etat = 'A_SAISIR' order by recu_le, id "
                + "limit ?").param(limite).query(FileCerfasJdbc::lire).list();
    }

    @Override
    public long nombreASaisir() {
        return jdbc.sql("select count(*) from cerfa_numerise where etat = 'A_SAISIR'").query(Long.class).single();
    }

    @Override
    public Optional<CerfaNumerise> verrouillerParBrouillon(UUID brouillon) {
        return jdbc.sql("select " + COLONNES + " from cerfa_numerise where brouillon = ? for update").param(brouillon)
                .query(FileCerfasJdbc::lire).optional();
    }

    @Override
    public Optional<CerfaNumerise> parBrouillon(UUID brouillon) {
        return jdbc.sql("select " + COLONNES + " from cerfa_numerise where brouillon = ?").param(brouillon)
                .query(FileCerfasJdbc::lire).optional();
    }

    @Override
    public boolean lier(UUID id, UUID brouillon, String agent) {
        return jdbc.sql("update cerfa_numerise set brouillon = :brouillon, saisie_par = :agent "
                + "where id = :id and etat = 'A_SAISIR'")
                .param("brouillon", brouillon).param("agent", agent).param("id", id).update() == 1;
    }

    @Override
    public void marquerSaisi(UUID id, String numeroUnique, String agent, Instant le) {
        jdbc.sql("""
                update cerfa_numerise set etat = 'SAISI', numero_unique = :numero, saisie_par = :agent, saisi_le = :le
                 where id = :id and etat = 'A_SAISIR'""")
                .param("numero", numeroUnique).param("agent", agent).param("le", Timestamp.from(le)).param("id", id)
                .update();
    }

    private static CerfaNumerise lire(ResultSet rs, int ligne) throws SQLException {
        return new CerfaNumerise(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getLong("taille"),
                rs.getInt("pages"), rs.getInt("pages_cerfa"), rs.getString("reference"), rs.getString("client_api"),
                rs.getTimestamp("recu_le").toInstant(), CerfaNumerise.Etat.valueOf(rs.getString("etat")),
                rs.getObject("brouillon", UUID.class), rs.getString("saisie_par"), rs.getString("numero_unique"),
                instant(rs.getTimestamp("saisi_le")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
