package fr.sne.drm.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.demande.IdentitesDemandeurs;
import fr.sne.drm.application.port.RelevesDrm;
import fr.sne.drm.domaine.ReleveDrm;
import fr.sne.drm.domaine.StatutDrm;

/** {@link RelevesDrm} on {@code drm_releve}, queuing into {@code drm_interrogation}. */
@Repository
class RelevesDrmJdbc implements RelevesDrm {

    private final JdbcClient jdbc;

    RelevesDrmJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReleveDrm> lire(LocalDate jour) {
        return jdbc.sql("select * from drm_releve where jour = :jour").param("jour", Date.valueOf(jour))
                .query((rs, i) -> releve(rs)).optional();
    }

    @Override
    public Optional<LocalDate> dernier() {
        return jdbc.sql("select max(jour) from drm_releve").query((rs, i) -> {
            Date jour = rs.getDate(1);
            return jour == null ? null : jour.toLocalDate();
        }).optional();
    }

    @Override
    @Transactional
    public ReleveDrm lancer(LocalDate jour, Instant le) {
        jdbc.sql("insert into drm_releve (jour, demandes, debut) values (:jour, 0, :le)")
                .param("jour", Date.valueOf(jour)).param("le", Timestamp.from(le)).update();
        // one set-based statement over the demande module's view; a pending fetch joins the refresh
        int demandes = jdbc.sql("""
                insert into drm_interrogation (numero_unique, motif, demande_le, prochain_essai, releve)
                select v.numero_unique, 'RELEVE_MENSUEL', :le, :le, :jour from %s v
                on conflict (numero_unique) do update
                   set releve = excluded.releve, demande_le = excluded.demande_le, essais = 0,
                       prochain_essai = excluded.prochain_essai, derniere_erreur = null"""
                .formatted(IdentitesDemandeurs.VUE_NIR_PERMANENT))
                .param("jour", Date.valueOf(jour)).param("le", Timestamp.from(le)).update();
        jdbc.sql("update drm_releve set demandes = :demandes, fin = case when :demandes = 0 then debut end where jour = :jour")
                .param("demandes", demandes).param("jour", Date.valueOf(jour)).update();
        return lire(jour).orElseThrow();
    }

    @Override
    public void compter(LocalDate jour, StatutDrm statut) {
        String colonne = switch (statut) {
            case AFFICHABLE -> "affichables";
            case INDISPONIBLE -> "indisponibles";
            case NON_TROUVE, DISCORDANCE -> "ecarts";
            default -> null;
        };
        if (colonne == null) {
            return;
        }
        jdbc.sql("update drm_releve set " + colonne + " = " + colonne + " + 1 where jour = :jour")
                .param("jour", Date.valueOf(jour)).update();
    }

    @Override
    public void clore(Collection<LocalDate> jours, Instant le) {
        for (LocalDate jour : jours) {
            jdbc.sql("""
                    update drm_releve set fin = :le
                     where jour = :jour and fin is null
                       and not exists (select 1 from drm_interrogation where releve = :jour)""")
                    .param("le", Timestamp.from(le)).param("jour", Date.valueOf(jour)).update();
        }
    }

    private static ReleveDrm releve(ResultSet rs) throws SQLException {
        Timestamp fin = rs.getTimestamp("fin");
        return new ReleveDrm(rs.getDate("jour").toLocalDate(), rs.getInt("demandes"), rs.getInt("affichables"),
                rs.getInt("ecarts"), rs.getInt("indisponibles"), rs.getTimestamp("debut").toInstant(),
                fin == null ? null : fin.toInstant());
    }
}
