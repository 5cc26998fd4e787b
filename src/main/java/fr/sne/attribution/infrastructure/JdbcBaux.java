package fr.sne.attribution.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.Baux;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;

/** The leases ({@code bail}): its unique key on the dwelling keeps a second lease out, even between two races. */
@Repository
class JdbcBaux implements Baux {

    private final JdbcClient jdbc;

    JdbcBaux(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long signer(Bail b) {
        try {
            return jdbc.sql("""
                    insert into bail (logement_id, candidature_id, numero_unique, date_signature, accord_collectif,
                                      prioritaire_dalo, contingent, reservataire_id, guichet, signe_le)
                    values (:logement, :candidature, :numero, :date, :accord, :dalo, :contingent, :reservataire,
                            :guichet, :le)
                    returning id""")
                    .param("logement", b.logementId()).param("candidature", b.candidatureId())
                    .param("numero", b.numeroUnique()).param("date", Date.valueOf(b.dateSignature()))
                    .param("accord", b.accordCollectif()).param("dalo", b.prioritaireDalo())
                    .param("contingent", b.contingent()).param("reservataire", b.reservataireId())
                    .param("guichet", b.guichet()).param("le", Timestamp.from(b.signeLe()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflitException(CodeMotif.BAIL_DEJA_SIGNE,
                    CodeMotif.BAIL_DEJA_SIGNE.message(Map.of("logement", b.logementId())), Map.of());
        }
    }

    @Override
    public Optional<Bail> deLaDemande(String numeroUnique) {
        return jdbc.sql("select * from bail where numero_unique = ? order by id desc limit 1").param(numeroUnique)
                .query((rs, i) -> new Bail(rs.getLong("id"), rs.getLong("logement_id"), rs.getLong("candidature_id"),
                        rs.getString("numero_unique"), rs.getDate("date_signature").toLocalDate(),
                        rs.getString("accord_collectif"), rs.getBoolean("prioritaire_dalo"), rs.getString("contingent"),
                        rs.getObject("reservataire_id", Long.class), rs.getString("guichet"),
                        rs.getTimestamp("signe_le").toInstant()))
                .optional();
    }
}
