package fr.sne.attribution.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commission;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.attribution.domaine.DecisionCommission;
import fr.sne.attribution.domaine.ExceptionTroisCandidats;
import fr.sne.attribution.domaine.ReponseDemandeur;

/** The sessions ({@code commission}, {@code commission_logement}) and their candidates ({@code candidature}). */
@Repository
class JdbcCommissions implements Commissions {

    private final JdbcClient jdbc;

    JdbcCommissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long creer(String bailleurSiren, String guichet, LocalDate dateCommission, Instant le,
            List<Inscription> inscriptions) {
        long id = jdbc.sql("""
                insert into commission (bailleur_siren, guichet, date_commission, creee_le)
                values (:siren, :guichet, :date, :le) returning id""")
                .param("siren", bailleurSiren).param("guichet", guichet).param("date", Date.valueOf(dateCommission))
                .param("le", Timestamp.from(le)).query(Long.class).single();
        for (Inscription inscription : inscriptions) {
            jdbc.sql("insert into commission_logement (commission_id, logement_id, exception) values (?, ?, ?)")
                    .params(id, inscription.logementId(),
                            inscription.exception() == null ? null : inscription.exception().name())
                    .update();
            int ordre = 1;
            for (String numero : inscription.numerosUniques()) {
                jdbc.sql("insert into candidature (commission_id, logement_id, numero_unique, ordre) values (?, ?, ?, ?)")
                        .params(id, inscription.logementId(), numero, ordre++).update();
            }
        }
        return id;
    }

    @Override
    public Optional<Commission> lire(long id) {
        return jdbc.sql("select id, bailleur_siren, guichet, date_commission, creee_le from commission where id = ?")
                .param(id).query((rs, i) -> entete(rs)).optional().map(this::avecLogements);
    }

    @Override
    public Optional<Entete> entete(long id) {
        return jdbc.sql("select id, bailleur_siren, date_commission from commission where id = ?").param(id)
                .query((rs, i) -> new Entete(rs.getLong("id"), rs.getString("bailleur_siren"),
                        rs.getDate("date_commission").toLocalDate()))
                .optional();
    }

    @Override
    public Optional<Candidature> candidature(long commissionId, long logementId, String numeroUnique) {
        return jdbc.sql("select * from candidature where commission_id = ? and logement_id = ? and numero_unique = ?")
                .params(commissionId, logementId, numeroUnique).query(JdbcCommissions::candidature).optional();
    }

    @Override
    public List<Commission> duBailleur(String bailleurSiren, int limite) {
        return jdbc.sql("select id, bailleur_siren, guichet, date_commission, creee_le from commission "
                + "where bailleur_siren = ? order by date_commission desc, id desc limit ?")
                .params(bailleurSiren, limite).query((rs, i) -> entete(rs)).list().stream()
                .map(this::avecLogements).toList();
    }

    private static Commission entete(ResultSet rs) throws SQLException {
        return new Commission(rs.getLong("id"), rs.getString("bailleur_siren"), rs.getString("guichet"),
                rs.getDate("date_commission").toLocalDate(), rs.getTimestamp("creee_le").toInstant(), List.of());
    }

    private Commission avecLogements(Commission c) {
        Map<Long, ExceptionTroisCandidats> exceptions = new LinkedHashMap<>();
        jdbc.sql("select logement_id, exception from commission_logement where commission_id = ? order by logement_id")
                .param(c.id()).query(rs -> {
                    String exception = rs.getString("exception");
                    exceptions.put(rs.getLong("logement_id"),
                            exception == null ? null : ExceptionTroisCandidats.valueOf(exception));
                });
        List<Candidature> candidatures = jdbc.sql("select * from candidature where commission_id = ? order by ordre, id")
                .param(c.id()).query(JdbcCommissions::candidature).list();
        List<Commission.LogementExamine> logements = new ArrayList<>();
        exceptions.forEach((logement, exception) -> logements.add(new Commission.LogementExamine(logement, exception,
                candidatures.stream().filter(x -> x.logementId() == logement).toList())));
        return new Commission(c.id(), c.bailleurSiren(), c.guichet(), c.dateCommission(), c.creeeLe(), logements);
    }

    @Override
    public Candidature decider(long candidature, DecisionEnregistree d) {
        return jdbc.sql("""
                update candidature set decision = :decision, rang = :rang, piece_manquante = :piece,
                       echeance = :echeance, motif = :motif, sous_motif = :sousMotif,
                       au_dessus_plafond = :auDessus, motif_plafond = :motifPlafond,
                       ressources_annuelles_uc = :ressourcesUc, annee_quartile = :annee,
                       seuil_premier_quartile = :seuil, premier_quartile = :q1,
                       decidee_le = :le, decidee_par = :guichet
                 where id = :id
                returning *""")
                .param("decision", d.decision().name()).param("rang", d.rang()).param("piece", d.pieceManquante())
                .param("echeance", d.echeance() == null ? null : Date.valueOf(d.echeance()))
                .param("motif", d.motif()).param("sousMotif", d.sousMotif()).param("auDessus", d.auDessusPlafond())
                .param("motifPlafond", d.motifPlafond())
                .param("ressourcesUc", d.quartile() == null ? null : d.quartile().ressourcesAnnuellesUc())
                .param("annee", d.quartile() == null ? null : d.quartile().annee())
                .param("seuil", d.quartile() == null ? null : d.quartile().seuil())
                .param("q1", d.quartile() == null ? null : d.quartile().premierQuartile())
                .param("le", Timestamp.from(d.le())).param("guichet", d.guichet()).param("id", candidature)
                .query(JdbcCommissions::candidature).single();
    }

    @Override
    public void repondre(long candidature, ReponseDemandeur reponse, @Nullable String motifRefus, Instant le) {
        jdbc.sql("update candidature set reponse = ?, motif_refus = ?, repondue_le = ? where id = ?")
                .params(reponse.name(), motifRefus, Timestamp.from(le), candidature).update();
    }

    @Override
    public List<Candidature> duDemande(String numeroUnique) {
        return jdbc.sql("select * from candidature where numero_unique = ? order by id desc").param(numeroUnique)
                .query(JdbcCommissions::candidature).list();
    }

    static Candidature candidature(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        String reponse = rs.getString("reponse");
        Date echeance = rs.getDate("echeance");
        Timestamp decidee = rs.getTimestamp("decidee_le");
        Timestamp repondue = rs.getTimestamp("repondue_le");
        return new Candidature(rs.getLong("id"), rs.getLong("commission_id"), rs.getLong("logement_id"),
                rs.getString("numero_unique"), rs.getInt("ordre"),
                decision == null ? null : DecisionCommission.valueOf(decision), rs.getObject("rang", Integer.class),
                rs.getString("piece_manquante"), echeance == null ? null : echeance.toLocalDate(),
                rs.getString("motif"), rs.getString("sous_motif"), rs.getObject("au_dessus_plafond", Boolean.class),
                rs.getString("motif_plafond"), rs.getBigDecimal("ressources_annuelles_uc"),
                rs.getObject("annee_quartile", Integer.class), rs.getObject("seuil_premier_quartile", Integer.class),
                rs.getObject("premier_quartile", Boolean.class), decidee == null ? null : decidee.toInstant(),
                rs.getString("decidee_par"), reponse == null ? null : ReponseDemandeur.valueOf(reponse),
                rs.getString("motif_refus"), repondue == null ? null : repondue.toInstant());
    }
}
