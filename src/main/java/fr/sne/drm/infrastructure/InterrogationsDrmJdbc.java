package fr.sne.drm.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.drm.application.port.InterrogationsDrm;
import fr.sne.drm.domaine.MotifInterrogation;

/** {@link InterrogationsDrm} on {@code drm_interrogation}. */
@Repository
class InterrogationsDrmJdbc implements InterrogationsDrm {

    private final JdbcClient jdbc;

    InterrogationsDrmJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void demander(String numeroUnique, MotifInterrogation motif, Instant le) {
        jdbc.sql("""
                insert into drm_interrogation (numero_unique, motif, demande_le, prochain_essai)
                values (:numero, :motif, :le, :le)
                on conflict (numero_unique) do update
                   set motif = excluded.motif, demande_le = excluded.demande_le, essais = 0,
                       prochain_essai = excluded.prochain_essai, derniere_erreur = null""")
                .param("numero", numeroUnique)
                .param("motif", motif.name())
                .param("le", Timestamp.from(le))
                .update();
    }

    @Override
    public List<Reservee> reserver(int limite, Instant maintenant, Duration bail) {
        // one statement, committed on its own (auto-commit): the rows stay locked only while it runs
        return jdbc.sql("""
                update drm_interrogation i set reserve_jusqu_au = :jusqu_au
                 where i.numero_unique in (select numero_unique from drm_interrogation
                                            where prochain_essai <= :maintenant
                                              and (reserve_jusqu_au is null or reserve_jusqu_au <= :maintenant)
                                            order by prochain_essai
                                            limit :limite
                                            for update skip locked)
                returning i.numero_unique, i.motif, i.demande_le, i.essais, i.releve, i.prochain_essai""")
                .param("jusqu_au", Timestamp.from(maintenant.plus(bail)))
                .param("maintenant", Timestamp.from(maintenant))
                .param("limite", limite)
                .query((rs, i) -> {
                    Date releve = rs.getDate("releve");
                    return new Prise(new Reservee(rs.getString("numero_unique"),
                            MotifInterrogation.valueOf(rs.getString("motif")),
                            rs.getTimestamp("demande_le").toInstant(), rs.getInt("essais"),
                            releve == null ? null : releve.toLocalDate()),
                            rs.getTimestamp("prochain_essai").toInstant());
                })
                .list().stream()
                .sorted(Comparator.comparing(Prise::prochainEssai))
                .map(Prise::reservee)
                .toList();
    }

    @Override
    public boolean verrouillerSiInchangee(String numeroUnique, Instant demandeLe) {
        List<Timestamp> lue = jdbc.sql("select demande_le from drm_interrogation where numero_unique = :numero for update")
                .param("numero", numeroUnique).query(Timestamp.class).list();
        if (lue.isEmpty()) {
            return false;
        }
        if (lue.getFirst().toInstant().equals(demandeLe)) {
            return true;
        }
        jdbc.sql("update drm_interrogation set reserve_jusqu_au = null where numero_unique = :numero")
                .param("numero", numeroUnique).update();
        return false;
    }

    @Override
    public void terminer(String numeroUnique) {
        jdbc.sql("delete from drm_interrogation where numero_unique = :numero").param("numero", numeroUnique).update();
    }

    @Override
    public void reporter(String numeroUnique, int essais, Instant prochainEssai, String erreur) {
        jdbc.sql("""
                update drm_interrogation set essais = :essais, prochain_essai = :prochain, reserve_jusqu_au = null,
                       derniere_erreur = left(:erreur, 200)
                 where numero_unique = :numero""")
                .param("essais", essais)
                .param("prochain", Timestamp.from(prochainEssai))
                .param("erreur", erreur)
                .param("numero", numeroUnique)
                .update();
    }

    private record Prise(Reservee reservee, Instant prochainEssai) {
    }
}
