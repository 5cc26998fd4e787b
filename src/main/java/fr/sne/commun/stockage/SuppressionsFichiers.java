package fr.sne.commun.stockage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.sne.commun.HorlogeConfiguration;

/**
 * Stored files to delete once the transaction that asked for it has committed, retried until done: a
 * transactional outbox (table {@code fichier_a_supprimer}, ADR 0010). {@link #demander} records the keys in the
 * caller's transaction (a rolled-back erasure deletes nothing); {@link #executer} deletes them from the
 * {@link Stockage}, each row going with its file; a failure stays, with its count and message, for the next run
 * (right after the nightly pass, and every few minutes).
 */
@Component
public class SuppressionsFichiers {

    private static final Logger LOG = LoggerFactory.getLogger(SuppressionsFichiers.class);
    private static final int LOT = 500;

    private final JdbcClient jdbc;
    private final Stockage stockage;
    private final Clock horloge;

    SuppressionsFichiers(JdbcClient jdbc, Stockage stockage, Clock horloge) {
        this.jdbc = jdbc;
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /** Records these keys for deletion after the caller's transaction (required) commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void demander(Collection<String> cles) {
        if (cles.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into fichier_a_supprimer (cle, demande_le)
                select cle, :h from unnest(cast(:cles as text[])) as c(cle)
                on conflict (cle) do nothing""")
                .param("cles", cles.toArray(String[]::new)).param("h", Timestamp.from(Instant.now(horloge)))
                .update();
    }

    @Scheduled(cron = "${sne.stockage.suppressions-cron:0 */10 * * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "suppression-fichiers")
    public void planifiee() {
        executer();
    }

    /**
     * Deletes the files recorded, oldest first, each in its own short transaction (auto-commit): the row goes once
     * the storage has deleted the file or found it gone; a failure is counted on its row and tried again next run.
     *
     * @return the number of files dealt with (deleted or already gone)
     */
    public int executer() {
        int faits = 0;
        List<String> echecs = new java.util.ArrayList<>();
        while (true) {
            List<String> cles = jdbc.sql("""
                    select cle from fichier_a_supprimer where not (cle = any(cast(:exclues as text[])))
                     order by demande_le, cle limit :lot""")
                    .param("exclues", echecs.toArray(String[]::new)).param("lot", LOT)
                    .query(String.class).list();
            if (cles.isEmpty()) {
                break;
            }
            for (String cle : cles) {
                try {
                    stockage.supprimer(cle);
                    jdbc.sql("delete from fichier_a_supprimer where cle = ?").param(cle).update();
                    faits++;
                } catch (RuntimeException e) {
                    echecs.add(cle);
                    jdbc.sql("""
                            update fichier_a_supprimer set tentatives = tentatives + 1, derniere_erreur = ?,
                                   derniere_tentative = ? where cle = ?""")
                            .params(String.valueOf(e.getMessage()), Timestamp.from(Instant.now(horloge)), cle)
                            .update();
                    LOG.warn("Suppression du fichier {} en échec, réessayée plus tard : {}", cle, e.getMessage());
                }
            }
        }
        return faits;
    }
}
