package fr.sne.demande.infrastructure;

import fr.sne.demande.FormatMouvement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.PersonneEnregistree;
import fr.sne.demande.domaine.StatutDemande;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading demandes in PostgreSQL, and the locks taken before a change (the use cases' port {@link Demandes}).
 * Writing goes through {@link JournalDemandes}, the one door.
 */
@Repository
public class DemandeRepository implements Demandes {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemandeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // Stored documents may hold fields that a later version no longer knows: read them leniently.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * A stored content document (column {@code demande.contenu}), read leniently: whatever version wrote it, and
     * whatever fields a later version dropped. Every reader of that column goes through here.
     */
    @Override
    public ContenuDemande lireContenu(String document) {
        return json.readValue(document, ContenuDemande.class);
    }

    @Override
    public Optional<Demande> parNumero(String numeroUnique) {
        return jdbc.sql("select * from demande where numero_unique = ?")
                .param(numeroUnique)
                .query(this::demande)
                .optional();
    }

    /** The demandes of these numbers, in one query, in the order given (unknown numbers left out). */
    public List<Demande> parNumeros(List<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Demande> parNumero = new java.util.HashMap<>();
        jdbc.sql("select * from demande where numero_unique = any(cast(:numeros as char(18)[]))")
                .param("numeros", numerosUniques.toArray(String[]::new))
                .query(this::demande)
                .list()
                .forEach(d -> parNumero.put(d.numeroUnique().valeur(), d));
        return numerosUniques.stream().map(parNumero::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Adults (demandeur, co-demandeurs) of active demandes of a territory with the same birth name and birth
     * date, or the same NIR, as one of the given identities. The caller decides which really match.
     */
    @Override
    public List<PersonneEnregistree> adultesActifsSimilaires(String territoire, Collection<Identite> identites) {
        List<PersonneEnregistree> trouvees = new ArrayList<>();
        for (Identite identite : identites) {
            trouvees.addAll(jdbc.sql("""
                    select d.numero_unique, d.date_depot, p.role, p.nom_naissance, p.prenoms, p.date_naissance,
                           p.nom_cle, p.prenoms_cle, p.nir
                    from demande_personne p
                    join demande d on d.id = p.demande_id
                    where d.territoire = :territoire and d.statut = 'ACTIVE'
                      and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')
                      and ((p.nom_cle = :nom and p.date_naissance = :naissance) or p.nir = :nir)
                    order by d.date_depot, d.numero_unique""")
                    .param("territoire", territoire)
                    .param("nom", identite.nomCle())
                    .param("naissance", identite.dateNaissance())
                    .param("nir", identite.nir())
                    .query((rs, n) -> new PersonneEnregistree(new NumeroUnique(rs.getString("numero_unique")),
                            rs.getObject("date_depot", LocalDate.class), rs.getString("role"),
                            rs.getString("nom_naissance"), rs.getString("prenoms"),
                            rs.getObject("date_naissance", LocalDate.class),
                            new Identite(rs.getString("nom_cle"),
                                    List.of(rs.getString("prenoms_cle").split(" ")),
                                    rs.getObject("date_naissance", LocalDate.class), rs.getString("nir"))))
                    .list());
        }
        return trouvees.stream().distinct().toList();
    }

    /**
     * Holds, until the transaction ends, a lock on the idempotency key, then on each identity in the territory,
     * in one statement: two requests with the same key, or registering the same person, run one after the
     * other through the checks that follow (the trace of the key, the duplicate search). The key comes first
     * and the identities in a fixed order, so no two requests wait for each other in a cycle.
     */
    @Override
    public void verrouiller(String guichet, String cleIdempotence, String territoire,
            Collection<Identite> identites) {
        List<String> cles = new ArrayList<>();
        for (Identite identite : identites) {
            cles.add(territoire + "|" + identite.nomCle() + "|" + identite.dateNaissance());
            if (identite.nir() != null) {
                cles.add(territoire + "|NIR|" + identite.nir());
            }
        }
        List<List<Object>> verrous = new ArrayList<>();
        verrous.add(List.of(2, guichet + "|" + cleIdempotence));
        cles.stream().distinct().sorted().forEach(cle -> verrous.add(List.of(1, cle)));
        jdbc.sql("""
                select count(pg_advisory_xact_lock((v.verrou ->> 0)::int, hashtext(v.verrou ->> 1)))
                from (select verrou from jsonb_array_elements(cast(? as jsonb)) with ordinality as t(verrou, ordre)
                      order by ordre) v""")
                .param(json.writeValueAsString(verrous))
                .query(Long.class).single();
    }

    /** The warnings recorded for a demande (before a radiation c or d), oldest first. */
    @Override
    public List<Avertissement> avertissements(NumeroUnique numero) {
        return jdbc.sql("""
                select a.motif, a.sous_motif, a.date_envoi, a.canal, a.guichet, a.radiation_demandee
                from avertissement a join demande d on d.id = a.demande_id
                where d.numero_unique = ?
                order by a.date_envoi, a.id""")
                .param(numero.valeur())
                .query((rs, n) -> new Avertissement(MotifRadiation.deCode(rs.getString("motif")).orElseThrow(),
                        rs.getString("sous_motif"), rs.getObject("date_envoi", LocalDate.class),
                        rs.getString("canal"), rs.getString("guichet"), rs.getBoolean("radiation_demandee")))
                .list();
    }

    /** Every movement of a demande, in the order they were written. */
    @Override
    public List<MouvementEcrit> mouvements(NumeroUnique numero) {
        return jdbc.sql("""
                select id, type, horodatage, guichet, version_demande, contenu
                  from mouvement where numero_unique = ? order by id""")
                .param(numero.valeur())
                .query((rs, n) -> new MouvementEcrit(rs.getLong("id"), rs.getString("type"),
                        rs.getTimestamp("horodatage").toInstant(), rs.getString("guichet"),
                        rs.getObject("version_demande", Integer.class), FormatMouvement.lire(rs.getString("contenu"))))
                .list();
    }

    private Demande demande(ResultSet rs, int ligne) throws SQLException {
        return new Demande(
                new NumeroUnique(rs.getString("numero_unique")),
                rs.getString("territoire"),
                StatutDemande.valueOf(rs.getString("statut")),
                rs.getObject("date_depot", LocalDate.class),
                rs.getObject("date_dernier_renouvellement", LocalDate.class),
                rs.getObject("date_fin_validite", LocalDate.class),
                rs.getString("guichet_enregistreur"),
                rs.getTimestamp("enregistree_le").toInstant(),
                rs.getTimestamp("modifiee_le").toInstant(),
                lireContenu(rs.getString("contenu")),
                rs.getString("motif_radiation") == null ? null
                        : MotifRadiation.deCode(rs.getString("motif_radiation")).orElseThrow(),
                rs.getString("sous_motif_radiation"),
                rs.getObject("date_radiation", LocalDate.class),
                rs.getString("radiee_par"),
                rs.getInt("version"));
    }
}
