package fr.sne.drm;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side's fixtures (issue 19 §3, ADR 0031): rows written straight into the tables the drm module's fetching
 * fills ({@code drm_situation}, {@code drm_ressource}, V120), so that the reading is tested on chosen data whatever
 * the fetching and its simulator answer. The demande's pending fetch (the outbox row its registration wrote) is
 * deleted first: the tests run the DRM's sender themselves ({@code sne.drm.envoi.actif: false}), so none can then
 * overwrite the fixture.
 */
public final class FixturesDrm {

    /** A nature of the shipped synthetic list and its label. */
    public record Nature(String code, String libelle) {
    }

    private final JdbcClient jdbc;

    public FixturesDrm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first natures of the list loaded at start (the synthetic one in the tests). */
    public List<Nature> natures(int combien) {
        return jdbc.sql("select code, libelle from drm_nature order by code limit :n").param("n", combien)
                .query((rs, i) -> new Nature(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The demande's last fetch gave this status, asking for months up to {@code moisReference}; its months (if any)
     * are replaced by none.
     */
    public void situation(String numero, String statut, YearMonth moisReference, Instant le) {
        jdbc.sql("delete from drm_interrogation where numero_unique = :n").param("n", numero).update();
        jdbc.sql("delete from drm_ressource where numero_unique = :n").param("n", numero).update();
        jdbc.sql("""
                insert into drm_situation (numero_unique, statut, mis_a_jour_le, mois_reference)
                values (:n, :statut, :le, :mois)
                on conflict (numero_unique) do update set statut = excluded.statut,
                    mis_a_jour_le = excluded.mis_a_jour_le, mois_reference = excluded.mois_reference""")
                .param("n", numero).param("statut", statut).param("le", Timestamp.from(le))
                .param("mois", Date.valueOf(moisReference.atDay(1))).update();
    }

    /** A month's amount of a nature, as the fetch stores it. */
    public void ressource(String numero, YearMonth mois, String nature, String montant, Instant le) {
        jdbc.sql("""
                insert into drm_ressource (numero_unique, mois, nature, montant, recue_le)
                values (:n, :mois, :nature, :montant, :le)""")
                .param("n", numero).param("mois", Date.valueOf(mois.atDay(1))).param("nature", nature)
                .param("montant", new BigDecimal(montant)).param("le", Timestamp.from(le)).update();
    }

    /** Removes the demande's DRM rows. */
    public void effacer(String numero) {
        jdbc.sql("delete from drm_ressource where numero_unique = :n").param("n", numero).update();
        jdbc.sql("delete from drm_situation where numero_unique = :n").param("n", numero).update();
    }
}
