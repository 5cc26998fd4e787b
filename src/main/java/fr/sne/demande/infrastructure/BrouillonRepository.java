package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.application.port.Brouillons;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisible;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.BrouillonsEnCours;
import fr.sne.demande.domaine.ContenuDemande;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration drafts of the web application (table {@code brouillon_demande}, V71). Every read and write names
 * the agent and the guichet: a draft of someone else is never found. A row whose content can no longer be read
 * (written by an older version, or altered) is never an error of the page that meets it: reading it to resume
 * or change it throws {@link BrouillonIllisibleException}, the agent's list gives it apart
 * ({@link BrouillonsEnCours#illisibles()}), and it is deleted without being read.
 */
@Repository
public class BrouillonRepository implements Brouillons {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BrouillonRepository.class);

    private static final TypeReference<Map<String, String>> TEXTES = new TypeReference<>() {
    };

    /** A row as read: its draft, or what is known of it when its content cannot be read. */
    private record Ligne(@Nullable Brouillon brouillon, @Nullable BrouillonIllisible illisible) {

        Brouillon lisible() {
            if (brouillon == null) {
                throw new BrouillonIllisibleException(java.util.Objects.requireNonNull(illisible));
            }
            return brouillon;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BrouillonRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // a draft written by an older version may hold a field this one no longer knows
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public void creer(Brouillon b) {
        jdbc.sql("""
                insert into brouillon_demande (id, agent, guichet, contenu, saisies_brutes, etape, cree_le, modifie_le,
                                               demande_modifiee, version_demande)
                values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(b.id(), b.agent(), b.guichet(), json.writeValueAsString(b.contenu()),
                        json.writeValueAsString(b.saisiesBrutes()), b.etape(), Timestamp.from(b.creeLe()),
                        Timestamp.from(b.modifieLe()), b.demandeModifiee(), b.versionDemande())
                .update();
    }

    /** @throws BrouillonIllisibleException when the draft exists and its content cannot be read */
    @Override
    public Optional<Brouillon> lire(UUID id, String agent, String guichet) {
        return jdbc.sql("select * from brouillon_demande where id = ? and agent = ? and guichet = ?")
                .params(id, agent, guichet)
                .query(this::ligne)
                .optional()
                .map(Ligne::lisible);
    }

    /** The agent's registration drafts not registered yet, the latest first, those that cannot be read apart. */
    @Override
    public BrouillonsEnCours enCours(String agent, String guichet) {
        List<Ligne> lignes = jdbc.sql("""
                select * from brouillon_demande where guichet = ? and agent = ? and numero_unique is null
                and demande_modifiee is null
                order by modifie_le desc limit 100""")
                .params(guichet, agent)
                .query(this::ligne)
                .list();
        return new BrouillonsEnCours(lignes.stream().map(Ligne::brouillon).filter(java.util.Objects::nonNull).toList(),
                lignes.stream().map(Ligne::illisible).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * The agent's modification draft of this demande not written yet, if any (the latest).
     *
     * @throws BrouillonIllisibleException when that draft's content cannot be read
     */
    @Override
    public Optional<Brouillon> modificationEnCours(String agent, String guichet, String demande) {
        return jdbc.sql("""
                select * from brouillon_demande where guichet = ? and agent = ? and demande_modifiee = ?
                and numero_unique is null order by modifie_le desc limit 1""")
                .params(guichet, agent, demande)
                .query(this::ligne)
                .optional()
                .map(Ligne::lisible);
    }

    /**
     * The draft, its row locked until the end of the caller's transaction: two final POSTs of the same draft (a
     * double click) are served one after the other.
     */
    @Override
    public Optional<Brouillon> lirePourEcrire(UUID id, String agent, String guichet) {
        return jdbc.sql("select * from brouillon_demande where id = ? and agent = ? and guichet = ? for update")
                .params(id, agent, guichet)
                .query(this::ligne)
                .optional()
                .map(Ligne::lisible);
    }

    /** Saves a step of a draft not registered yet; false when there is no such draft (or it is registered). */
    @Override
    public boolean modifier(UUID id, String agent, String guichet, ContenuDemande contenu,
            Map<String, String> saisiesBrutes, String etape, Instant maintenant) {
        return jdbc.sql("""
                update brouillon_demande set contenu = ?::jsonb, saisies_brutes = ?::jsonb, etape = ?, modifie_le = ?
                where id = ? and agent = ? and guichet = ? and numero_unique is null""")
                .params(json.writeValueAsString(contenu), json.writeValueAsString(saisiesBrutes), etape,
                        Timestamp.from(maintenant), id, agent, guichet)
                .update() == 1;
    }

    @Override
    public void marquerEnregistre(UUID id, String numeroUnique, Instant maintenant) {
        jdbc.sql("update brouillon_demande set numero_unique = ?, modifie_le = ? where id = ?")
                .params(numeroUnique, Timestamp.from(maintenant), id)
                .update();
    }

    /** Deletes a registration draft, whatever its content; false when there is no such registration draft. */
    @Override
    public boolean supprimerEnregistrement(UUID id, String agent, String guichet) {
        return jdbc.sql("""
                delete from brouillon_demande where id = ? and agent = ? and guichet = ? and demande_modifiee is null""")
                .params(id, agent, guichet)
                .update() == 1;
    }

    /** Deletes a modification draft of this demande, whatever its content; false when there is no such draft. */
    @Override
    public boolean supprimerModification(UUID id, String agent, String guichet, String demande) {
        return jdbc.sql("""
                delete from brouillon_demande where id = ? and agent = ? and guichet = ? and demande_modifiee = ?""")
                .params(id, agent, guichet, demande)
                .update() == 1;
    }

    /** Deletes at most {@code lot} drafts untouched for {@code conservation}; returns how many. */
    int supprimerPlusAnciensQue(Duration conservation, Instant maintenant, int lot) {
        return jdbc.sql("""
                delete from brouillon_demande where id in (
                    select id from brouillon_demande where modifie_le < ? limit ?)""")
                .params(Timestamp.from(maintenant.minus(conservation)), lot)
                .update();
    }

    private Ligne ligne(ResultSet rs, int rang) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String contenu = rs.getString("contenu");
        String saisiesBrutes = rs.getString("saisies_brutes");
        String etape = rs.getString("etape");
        Instant creeLe = rs.getTimestamp("cree_le").toInstant();
        Instant modifieLe = rs.getTimestamp("modifie_le").toInstant();
        String demandeModifiee = rs.getString("demande_modifiee");
        try {
            return new Ligne(new Brouillon(id, rs.getString("agent"), rs.getString("guichet"),
                    java.util.Objects.requireNonNull(json.readValue(contenu, ContenuDemande.class)),
                    java.util.Objects.requireNonNull(json.readValue(saisiesBrutes, TEXTES)), etape,
                    rs.getString("numero_unique"), creeLe, modifieLe, demandeModifiee,
                    rs.getObject("version_demande", Integer.class)), null);
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            // a number too long, a field of another type, a null where a value is due: its content may be
            // personal data, so the log names the draft and the kind of error only
            LOG.warn("Brouillon {} illisible : {}", id, e.getClass().getSimpleName());
            return new Ligne(null, new BrouillonIllisible(id, rs.getString("agent"), rs.getString("guichet"), etape,
                    creeLe, modifieLe, demandeModifiee));
        }
    }
}
