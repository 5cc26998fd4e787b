package fr.sne.attribution.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.attribution.domaine.ReservataireSaisi;

/**
 * The list of réservataires in {@code reservataire} and {@code reservataire_guichet} (V90), the port of the use
 * cases.
 */
@Repository
@Transactional(readOnly = true)
class ReservatairesJdbc implements ReservataireRegistre {

    private static final String SELECTION = """
            select r.id, r.categorie, r.nom, r.siren, r.territoire,
                   coalesce((select array_agg(g.guichet_code order by g.guichet_code)
                               from reservataire_guichet g where g.reservataire_id = r.id), '{}') as guichets
              from reservataire r
            """;

    /** Kinds in the order the lists show them. */
    private static final String ORDRE = """
             order by array_position(array['ETAT_PRIORITAIRES', 'ETAT_AGENTS', 'COLLECTIVITE', 'ACTION_LOGEMENT',
                                           'BAILLEUR', 'AUTRE']::varchar[], r.categorie), r.nom, r.id
            """;

    private final JdbcClient jdbc;

    ReservatairesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the port of the use cases

    @Override
    public Optional<ReservataireInscrit> parId(long id) {
        return jdbc.sql(SELECTION + " where r.id = :id").param("id", id).query(ReservatairesJdbc::inscrit).optional();
    }

    @Override
    public List<ReservataireInscrit> duTerritoire(String territoire) {
        return jdbc.sql(SELECTION + " where r.territoire = :territoire" + ORDRE).param("territoire", territoire)
                .query(ReservatairesJdbc::inscrit).list();
    }

    @Override
    public boolean nomPris(String territoire, String nom, long saufId) {
        return jdbc.sql("select exists (select 1 from reservataire where territoire = :territoire and nom = :nom "
                + "and id <> :id)").param("territoire", territoire).param("nom", nom).param("id", saufId)
                .query(Boolean.class).single();
    }

    @Override
    public Optional<Long> reservataireDuGuichet(String codeGuichet) {
        return jdbc.sql("select reservataire_id from reservataire_guichet where guichet_code = :code")
                .param("code", codeGuichet).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long inscrire(ReservataireSaisi saisie, String territoire) {
        long id = jdbc.sql("""
                insert into reservataire (categorie, nom, siren, territoire)
                values (:categorie, :nom, :siren, :territoire) returning id
                """).param("categorie", saisie.categorie().name()).param("nom", saisie.nom())
                .param("siren", saisie.siren()).param("territoire", territoire).query(Long.class).single();
        lier(id, saisie.guichets());
        return id;
    }

    @Override
    @Transactional
    public void modifier(long id, ReservataireSaisi saisie) {
        jdbc.sql("update reservataire set nom = :nom, siren = :siren, modifie_le = now() where id = :id")
                .param("nom", saisie.nom()).param("siren", saisie.siren()).param("id", id).update();
        jdbc.sql("delete from reservataire_guichet where reservataire_id = :id").param("id", id).update();
        lier(id, saisie.guichets());
    }

    private void lier(long id, List<String> guichets) {
        for (String code : guichets) {
            jdbc.sql("insert into reservataire_guichet (guichet_code, reservataire_id) values (:code, :id)")
                    .param("code", code).param("id", id).update();
        }
    }

    private static ReservataireInscrit inscrit(ResultSet rs, int ligne) throws SQLException {
        String[] guichets = (String[]) rs.getArray("guichets").getArray();
        return new ReservataireInscrit(rs.getLong("id"), ReservataireCategorie.valueOf(rs.getString("categorie")),
                rs.getString("nom"), rs.getString("siren"), rs.getString("territoire"),
                Arrays.stream(guichets).map(String::strip).toList());
    }
}
