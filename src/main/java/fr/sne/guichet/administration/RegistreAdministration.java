package fr.sne.guichet.administration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.Agent;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.GuichetEnregistre;
import fr.sne.guichet.Guichets;
import fr.sne.guichet.Habilitation;
import fr.sne.guichet.administration.Administration.Evenement;
import fr.sne.guichet.administration.Administration.LigneAgent;
import fr.sne.guichet.administration.Administration.LigneClientApi;
import fr.sne.guichet.administration.Administration.LigneGuichet;
import fr.sne.guichet.administration.ReglesSaisie.AgentValide;
import fr.sne.guichet.administration.ReglesSaisie.GuichetValide;

/**
 * The SQL of the administration use cases, on {@code guichet}, {@code compte_agent}, {@code client_api},
 * {@code client_api_secret}, {@code client_api_habilitation} (its one writer, ADR 0017) and
 * {@code journal_administration}. Every change is scoped by the guichet's code, so a
 * login or a client id of another guichet changes nothing.
 */
@Repository
class RegistreAdministration {

    /** The journal shown on a guichet's page: its latest changes. */
    static final int TAILLE_JOURNAL = 50;

    private final JdbcClient jdbc;
    private final Guichets guichets;

    RegistreAdministration(JdbcClient jdbc, Guichets guichets) {
        this.jdbc = jdbc;
        this.guichets = guichets;
    }

    List<LigneGuichet> guichets(Acteur acteur) {
        // a national guichet's territory is its seat: it is in no gestionnaire's list (PerimetreAdministration)
        String sql = "select code, nom, type, territoire, actif from guichet"
                + (acteur.national() ? "" : " where territoire in (:territoires) and type not in (:nationaux)")
                + " order by territoire, code";
        var requete = jdbc.sql(sql);
        if (!acteur.national()) {
            requete = requete.param("territoires", List.copyOf(acteur.territoires()))
                    .param("nationaux", List.copyOf(Acteur.TYPES_GUICHET_NATIONAL));
        }
        return requete.query((rs, i) -> new LigneGuichet(rs.getString("code"), rs.getString("nom"),
                rs.getString("type"), rs.getString("territoire"), rs.getBoolean("actif"))).list();
    }

    Optional<GuichetEnregistre> guichet(String code) {
        return guichets.enregistre(code, null);
    }

    /** Locks the guichet's row until the end of the transaction, so that its state does not change meanwhile. */
    Optional<GuichetEnregistre> guichetVerrouille(String code) {
        boolean existe = jdbc.sql("select 1 from guichet where code = :code for update").param("code", code)
                .query(Integer.class).optional().isPresent();
        return existe ? guichet(code) : Optional.empty();
    }

    /** @return false when the code is taken (nothing written) */
    boolean creerGuichet(GuichetValide g) {
        return jdbc.sql("""
                insert into guichet (code, nom, type, territoire, adresse_ligne1, adresse_ligne2, code_postal, commune,
                                     telephone, actif)
                values (:code, :nom, :type, :territoire, :ligne1, :ligne2, :codePostal, :commune, :telephone, true)
                on conflict do nothing
                """)
                .param("code", g.code()).param("nom", g.nom()).param("type", g.type().name())
                .param("territoire", g.territoire()).param("ligne1", g.adresseLigne1())
                .param("ligne2", g.adresseLigne2()).param("codePostal", g.codePostal())
                .param("commune", g.commune()).param("telephone", g.telephone())
                .update() == 1;
    }

    /** @return true when the state changed */
    boolean changerActiviteGuichet(String code, boolean actif) {
        return jdbc.sql("update guichet set actif = :actif, updated_at = now() where code = :code and actif <> :actif")
                .param("code", code).param("actif", actif).update() == 1;
    }

    List<LigneAgent> agents(String guichet) {
        return agents(guichet, null, false);
    }

    /**
     * One agent of the guichet; with {@code verrouiller}, his account's row locked until the end of the
     * transaction, so that two administrators changing his profiles at once are done one after the other.
     */
    Optional<LigneAgent> agent(String guichet, String identifiant, boolean verrouiller) {
        return agents(guichet, identifiant, verrouiller).stream().findFirst();
    }

    private List<LigneAgent> agents(String guichet, @Nullable String identifiant, boolean verrouiller) {
        return jdbc.sql("""
                select a.identifiant, a.nom, a.courriel, a.actif, a.created_at,
                       array(select p.profil from compte_agent_profil p where p.identifiant = a.identifiant) as profils
                  from compte_agent a
                 where a.guichet_code = :guichet and a.role = :role
                   and (cast(:identifiant as varchar) is null or a.identifiant = :identifiant)
                 order by a.identifiant
                """ + (verrouiller ? " for update of a" : ""))
                .param("guichet", guichet).param("role", Agent.AGENT).param("identifiant", identifiant)
                .query((rs, i) -> new LigneAgent(rs.getString("identifiant"), rs.getString("nom"),
                        rs.getString("courriel"), rs.getBoolean("actif"), instant(rs, "created_at"),
                        profils(rs.getArray("profils"))))
                .list();
    }

    void accorderProfil(String identifiant, Profil profil, Acteur acteur) {
        jdbc.sql("""
                insert into compte_agent_profil (identifiant, profil, accorde_par)
                values (:id, :profil, :par)
                on conflict do nothing
                """)
                .param("id", identifiant).param("profil", profil.code()).param("par", acteur.identifiant())
                .update();
    }

    void retirerProfil(String identifiant, Profil profil) {
        jdbc.sql("delete from compte_agent_profil where identifiant = :id and profil = :profil")
                .param("id", identifiant).param("profil", profil.code()).update();
    }

    /** The stored codes as profiles; a code this version does not know is ignored. */
    private static Set<Profil> profils(@Nullable Array codes) throws SQLException {
        return codes == null ? Set.of() : Profil.deCodes((String[]) codes.getArray());
    }

    boolean identifiantPris(String identifiant) {
        return jdbc.sql("select 1 from compte_agent where identifiant = :id").param("id", identifiant)
                .query(Integer.class).optional().isPresent();
    }

    boolean courrielPris(String courriel) {
        return jdbc.sql("select 1 from compte_agent where lower(courriel) = lower(:courriel)")
                .param("courriel", courriel).query(Integer.class).optional().isPresent();
    }

    /** @return false when the login or the e-mail address was taken meanwhile (nothing written) */
    boolean creerAgent(String guichet, AgentValide agent, String hashMotDePasse) {
        return jdbc.sql("""
                insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, territoire, actif,
                                          courriel)
                values (:id, :hash, :nom, :role, :guichet, null, true, :courriel)
                on conflict do nothing
                """)
                .param("id", agent.identifiant()).param("hash", hashMotDePasse).param("nom", agent.nom())
                .param("role", Agent.AGENT).param("guichet", guichet).param("courriel", agent.courriel())
                .update() == 1;
    }

    /** @return empty when the guichet has no such agent; else whether the state changed */
    Optional<Boolean> changerActiviteAgent(String guichet, String identifiant, boolean actif) {
        Optional<Boolean> actuel = jdbc.sql("""
                select actif from compte_agent where guichet_code = :guichet and identifiant = :id and role = :role
                   for update
                """)
                .param("guichet", guichet).param("id", identifiant).param("role", Agent.AGENT)
                .query(Boolean.class).optional();
        if (actuel.isEmpty() || actuel.get() == actif) {
            return actuel.map(etat -> false);
        }
        jdbc.sql("update compte_agent set actif = :actif where identifiant = :id")
                .param("id", identifiant).param("actif", actif).update();
        return Optional.of(true);
    }

    List<LigneClientApi> clients(String guichet) {
        return clients(guichet, null);
    }

    /** One client of the guichet (a guichet client, not an operator's or an administration one). */
    Optional<LigneClientApi> client(String guichet, String clientId) {
        return clients(guichet, clientId).stream().findFirst();
    }

    private List<LigneClientApi> clients(String guichet, @Nullable String clientId) {
        return jdbc.sql("""
                select c.client_id, c.actif, c.created_at,
                       (select max(s.expire_le) from client_api_secret s
                         where s.client_id = c.client_id and s.expire_le > now()) as ancien_jusqu_a,
                       array(select h.habilitation from client_api_habilitation h
                              where h.client_id = c.client_id) as habilitations
                  from client_api c
                 where c.guichet_code = :guichet and c.portee = 'GUICHET'
                   and (cast(:client as varchar) is null or c.client_id = :client)
                 order by c.client_id
                """)
                .param("guichet", guichet).param("client", clientId)
                .query((rs, i) -> new LigneClientApi(rs.getString("client_id"), rs.getBoolean("actif"),
                        instant(rs, "created_at"), instantOuNull(rs, "ancien_jusqu_a"),
                        habilitations(rs.getArray("habilitations"))))
                .list();
    }

    /** The habilitations the client holds now, read under the lock of its row (see {@link #clientActifVerrouille}). */
    Set<Habilitation> habilitations(String clientId) {
        return Set.copyOf(jdbc.sql("select habilitation from client_api_habilitation where client_id = :id")
                .param("id", clientId).query(String.class).list().stream()
                .flatMap(code -> Habilitation.deCode(code).stream()).toList());
    }

    void accorder(String clientId, Habilitation habilitation, Acteur acteur) {
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values (:id, :habilitation, :par)
                on conflict do nothing
                """)
                .param("id", clientId).param("habilitation", habilitation.code())
                .param("par", acteur.identifiant()).update();
    }

    void retirer(String clientId, Habilitation habilitation) {
        jdbc.sql("delete from client_api_habilitation where client_id = :id and habilitation = :habilitation")
                .param("id", clientId).param("habilitation", habilitation.code()).update();
    }

    /** The stored codes as habilitations; a code this version does not know is ignored. */
    private static Set<Habilitation> habilitations(@Nullable Array codes) throws SQLException {
        return codes == null ? Set.of() : Habilitation.deCodes((String[]) codes.getArray());
    }

    boolean clientIdPris(String clientId) {
        return jdbc.sql("select 1 from client_api where client_id = :id").param("id", clientId)
                .query(Integer.class).optional().isPresent();
    }

    /** @return false when the client id was taken meanwhile (nothing written) */
    boolean creerClient(String guichet, String clientId, String hashSecret) {
        return jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code, portee, actif)
                values (:id, :hash, :guichet, 'GUICHET', true)
                on conflict do nothing
                """)
                .param("id", clientId).param("hash", hashSecret).param("guichet", guichet)
                .update() == 1;
    }

    /** The client's state, locked until the end of the transaction; empty when the guichet has no such client. */
    Optional<Boolean> clientActifVerrouille(String guichet, String clientId) {
        return jdbc.sql("""
                select actif from client_api where guichet_code = :guichet and client_id = :id and portee = 'GUICHET'
                   for update
                """)
                .param("guichet", guichet).param("id", clientId).query(Boolean.class).optional();
    }

    void revoquer(String clientId) {
        jdbc.sql("update client_api set actif = false where client_id = :id").param("id", clientId).update();
    }

    /**
     * The rotation of {@code client_api_secret} (V10): the current hash becomes a previous one accepted until
     * {@code now() + chevauchement}, and the new hash becomes the current one.
     */
    void renouvelerSecret(String clientId, String nouveauHash, Duration chevauchement) {
        jdbc.sql("""
                insert into client_api_secret (client_id, secret_hash, expire_le)
                select client_id, secret_hash, now() + make_interval(secs => :secondes)
                  from client_api where client_id = :id
                on conflict (client_id, secret_hash) do update set expire_le = excluded.expire_le
                """)
                .param("id", clientId).param("secondes", (double) chevauchement.toSeconds()).update();
        jdbc.sql("update client_api set secret_hash = :hash where client_id = :id")
                .param("id", clientId).param("hash", nouveauHash).update();
    }

    void journaliser(String guichet, ActionAdministration action, @Nullable String objet, Acteur acteur) {
        jdbc.sql("""
                insert into journal_administration (guichet_code, action, objet, acteur_type, acteur_id)
                values (:guichet, :action, :objet, :type, :acteur)
                """)
                .param("guichet", guichet).param("action", action.name()).param("objet", objet)
                .param("type", acteur.type().name()).param("acteur", acteur.identifiant())
                .update();
    }

    List<Evenement> journal(String guichet) {
        return journal(guichet, null);
    }

    /** The guichet's journal; with an agent's login, only the changes of his account and of his profiles. */
    List<Evenement> journal(String guichet, @Nullable String agent) {
        return jdbc.sql("""
                select le, action, objet, acteur_type, acteur_id from journal_administration
                 where guichet_code = :guichet
                   and (cast(:agent as varchar) is null
                        or (action in ('AGENT_CREE', 'AGENT_DESACTIVE', 'AGENT_REACTIVE') and objet = :agent)
                        or (action in ('PROFIL_ACCORDE', 'PROFIL_RETIRE') and split_part(objet, ' : ', 1) = :agent))
                 order by le desc, id desc limit :taille
                """)
                .param("guichet", guichet).param("taille", TAILLE_JOURNAL).param("agent", agent)
                .query((rs, i) -> new Evenement(instant(rs, "le"), ActionAdministration.valueOf(rs.getString("action")),
                        rs.getString("objet"), rs.getString("acteur_type"), rs.getString("acteur_id")))
                .list();
    }

    private static Instant instant(ResultSet rs, String colonne) throws SQLException {
        return rs.getTimestamp(colonne).toInstant();
    }

    private static @Nullable Instant instantOuNull(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }
}
