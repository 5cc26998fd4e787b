package fr.sne.attribution.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.PartFlux;
import fr.sne.attribution.domaine.PartFluxRegistre;
import fr.sne.attribution.domaine.PartsFluxBailleur;
import fr.sne.attribution.domaine.ReservataireCategorie;

/** The shares of the flux in {@code part_flux} (V90). */
@Repository
class PartFluxJdbc implements PartFluxRegistre {

    private static final String SELECTION = """
            select p.reservataire_id, r.categorie, p.bailleur_siren, p.annee, p.part
              from part_flux p join reservataire r on r.id = p.reservataire_id
            """;

    private final JdbcClient jdbc;

    PartFluxJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PartsFluxBailleur verrouiller(String sirenBailleur, int annee) {
        // one lock per bailleur and year, to the end of the transaction: the caps are checked on all its shares
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('part_flux ' || :siren || ' ' || :annee, 0))")
                .param("siren", sirenBailleur).param("annee", annee).query((rs, i) -> 1).list();
        List<PartFlux> parts = jdbc.sql(SELECTION + " where p.bailleur_siren = :siren and p.annee = :annee "
                + "order by p.reservataire_id").param("siren", sirenBailleur).param("annee", annee)
                .query(PartFluxJdbc::part).list();
        return new PartsFluxBailleur(sirenBailleur, annee, parts);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enregistrer(PartFlux part, String auteur) {
        jdbc.sql("""
                insert into part_flux (reservataire_id, bailleur_siren, annee, part, modifie_par)
                values (:reservataire, :siren, :annee, :part, :auteur)
                on conflict (reservataire_id, bailleur_siren, annee)
                do update set part = excluded.part, modifie_par = excluded.modifie_par, modifie_le = now()
                """).param("reservataire", part.reservataire()).param("siren", part.sirenBailleur())
                .param("annee", part.annee()).param("part", part.part()).param("auteur", auteur).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartFlux> duReservataire(long reservataire, int annee) {
        return jdbc.sql(SELECTION + " where p.reservataire_id = :id and p.annee = :annee order by p.bailleur_siren")
                .param("id", reservataire).param("annee", annee).query(PartFluxJdbc::part).list();
    }

    private static PartFlux part(ResultSet rs, int ligne) throws SQLException {
        return new PartFlux(rs.getLong("reservataire_id"), ReservataireCategorie.valueOf(rs.getString("categorie")),
                rs.getString("bailleur_siren"), rs.getInt("annee"), rs.getBigDecimal("part"));
    }
}
