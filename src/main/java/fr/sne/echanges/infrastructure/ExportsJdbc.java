package fr.sne.echanges.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import fr.sne.echanges.application.port.Exports;
import fr.sne.echanges.domaine.CommandeExport;
import fr.sne.echanges.domaine.Entite;
import fr.sne.echanges.domaine.Export;
import fr.sne.echanges.domaine.StatutExport;

/**
 * Table {@code export} (V100): the exports and their jobs, claimed with {@code FOR UPDATE SKIP LOCKED} under a lease
 * that the running instance renews; and, as an {@link EffacementDemandes}, the expiry at once of every export that
 * holds a demande being erased ({@code export_demande_radiee}), serialised with the end of an export by an advisory
 * lock (ADR 0022).
 */
@Repository
class ExportsJdbc implements Exports, EffacementDemandes {

    /** The advisory lock that serialises an export's end and the erasures (ADR 0022). */
    private static final String VERROU = "select pg_advisory_xact_lock(hashtextextended('export effacement', 0))";

    private static final String COLONNES = """
            id, numero, lecteur, acteur_type, acteur_identifiant, acteur_guichet, acteur_type_guichet,
            acteur_territoires, acteur_national, entites, etats, territoires, departements, communes, profondeur_drm,
            etat, motif, demande_le, commence_le, termine_le, tentatives, total, lignes, fichiers, taille, sha256,
            cle_stockage, expire_le, horizon_flux""";

    private final JdbcClient jdbc;

    ExportsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Export creer(String lecteur, Acteur acteur, CommandeExport commande, Instant demandeLe,
            Instant expireLe) {
        long id = jdbc.sql("""
                insert into export (numero, lecteur, acteur_type, acteur_identifiant, acteur_guichet,
                                    acteur_type_guichet, acteur_territoires, acteur_national, entites, etats,
                                    territoires, departements, communes, profondeur_drm, demande_le, expire_le)
                values (:numero, :lecteur, :type, :identifiant, :guichet, :typeGuichet, :territoiresActeur,
                        :national, :entites, :etats, :territoires, :departements, :communes, :profondeur, :le,
                        :expire)
                returning id""")
                .param("numero", UUID.randomUUID().toString()).param("lecteur", lecteur)
                .param("type", acteur.type().name()).param("identifiant", acteur.identifiant())
                .param("guichet", acteur.guichet()).param("typeGuichet", acteur.typeGuichet())
                .param("territoiresActeur", tableau(acteur.territoires()))
                .param("national", acteur.national())
                .param("entites", tableau(commande.entites().stream().map(Entite::name).toList()))
                .param("etats", tableau(commande.etats())).param("territoires", tableau(commande.territoires()))
                .param("departements", tableau(commande.departements()))
                .param("communes", tableau(commande.communes())).param("profondeur", commande.profondeurDrm())
                .param("le", Timestamp.from(demandeLe)).param("expire", Timestamp.from(expireLe))
                .query(Long.class).single();
        return parId(id);
    }

    private Export parId(long id) {
        return jdbc.sql("select " + COLONNES + " from export where id = ?").param(id)
                .query((rs, n) -> export(rs)).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Export> duLecteur(String numero, String lecteur) {
        return jdbc.sql("select " + COLONNES + " from export where numero = :numero and lecteur = :lecteur")
                .param("numero", numero).param("lecteur", lecteur).query((rs, n) -> export(rs)).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Export> duLecteur(String lecteur, int limite) {
        return jdbc.sql("select " + COLONNES + " from export where lecteur = :lecteur order by id desc limit :limite")
                .param("lecteur", lecteur).param("limite", limite).query((rs, n) -> export(rs)).list();
    }

    @Override
    @Transactional
    public Optional<Tache> reclamer(String instance, Instant maintenant, Duration garde, int tentativesMax) {
        Timestamp h = Timestamp.from(maintenant);
        // a job whose instance died too often (it may be what kills them) fails rather than being tried again
        jdbc.sql("""
                update export set etat = 'ECHEC', termine_le = :h, instance = null, garde_jusqu_a = null,
                       motif = 'Abandonné après ' || tentatives || ' tentatives interrompues'
                 where etat = 'EN_COURS' and garde_jusqu_a < :h and tentatives >= :max""")
                .param("h", h).param("max", tentativesMax).update();
        Optional<Long> id = jdbc.sql("""
                with candidat as (
                    select id from export
                     where etat = 'EN_ATTENTE' or (etat = 'EN_COURS' and garde_jusqu_a < :h)
                     order by id
                     limit 1
                       for update skip locked)
                update export e
                   set etat = 'EN_COURS', instance = :instance, garde_jusqu_a = :garde, tentatives = e.tentatives + 1,
                       commence_le = :h, lignes = 0, total = null
                  from candidat
                 where e.id = candidat.id
                returning e.id""")
                .param("h", h).param("instance", instance).param("garde", Timestamp.from(maintenant.plus(garde)))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // what a previous attempt left
        jdbc.sql("delete from export_demande_radiee where export_id = ?").param(id.get()).update();
        return Optional.of(jdbc.sql("select " + COLONNES + " from export where id = ?").param(id.get())
                .query((rs, n) -> new Tache(export(rs), acteur(rs), rs.getInt("tentatives"),
                        rs.getInt("tentatives") > 1))
                .single());
    }

    @Override
    @Transactional
    public boolean prolonger(Tache tache, String instance, Instant maintenant, Duration garde, long lignes,
            Long total) {
        return jdbc.sql("""
                update export set garde_jusqu_a = :garde, lignes = :lignes, total = :total
                 where id = :id and etat = 'EN_COURS' and instance = :instance and tentatives = :tentative""")
                .param("garde", Timestamp.from(maintenant.plus(garde))).param("lignes", lignes).param("total", total)
                .param("id", tache.export().id()).param("instance", instance).param("tentative", tache.tentative())
                .update() == 1;
    }

    @Override
    @Transactional
    public boolean noterHorizon(Tache tache, String instance, long horizon) {
        return jdbc.sql("""
                update export set horizon_flux = :horizon
                 where id = :id and etat = 'EN_COURS' and instance = :instance and tentatives = :tentative""")
                .param("horizon", horizon).param("id", tache.export().id()).param("instance", instance)
                .param("tentative", tache.tentative()).update() == 1;
    }

    @Override
    @Transactional
    public void noterRadiees(Tache tache, Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into export_demande_radiee (export_id, numero_unique)
                select :id, n from unnest(cast(:numeros as char(18)[])) as n
                on conflict do nothing""")
                .param("id", tache.export().id()).param("numeros", numerosUniques.toArray(String[]::new)).update();
    }

    @Override
    public void verrouillerEffacements() {
        jdbc.sql(VERROU).query((ResultSet rs) -> { }); // the lock is held until the caller's transaction ends
    }

    @Override
    public List<String> radiees(long exportId, String apres, int limite) {
        return jdbc.sql("""
                select numero_unique from export_demande_radiee
                 where export_id = :id and numero_unique > :apres
                 order by numero_unique limit :limite""")
                .param("id", exportId).param("apres", apres).param("limite", limite).query(String.class).list();
    }

    @Override
    public boolean terminer(Tache tache, String instance, Instant maintenant, long lignes, int fichiers, long taille,
            String sha256, String cle) {
        return jdbc.sql("""
                update export set etat = 'PRET', termine_le = :h, lignes = :lignes, total = :lignes,
                       fichiers = :fichiers, taille = :taille, sha256 = :sha, cle_stockage = :cle, instance = null,
                       garde_jusqu_a = null
                 where id = :id and etat = 'EN_COURS' and instance = :instance and tentatives = :tentative""")
                .param("h", Timestamp.from(maintenant)).param("lignes", lignes).param("fichiers", fichiers)
                .param("taille", taille).param("sha", sha256).param("cle", cle)
                .param("id", tache.export().id()).param("instance", instance).param("tentative", tache.tentative())
                .update() == 1;
    }

    @Override
    public boolean expirerTache(Tache tache, String instance, Instant maintenant, String motif) {
        boolean fait = jdbc.sql("""
                update export set etat = 'EXPIRE', motif = :motif, termine_le = :h, instance = null,
                       garde_jusqu_a = null
                 where id = :id and etat = 'EN_COURS' and instance = :instance and tentatives = :tentative""")
                .param("motif", motif).param("h", Timestamp.from(maintenant))
                .param("id", tache.export().id()).param("instance", instance).param("tentative", tache.tentative())
                .update() == 1;
        jdbc.sql("delete from export_demande_radiee where export_id = ?").param(tache.export().id()).update();
        return fait;
    }

    @Override
    @Transactional
    public boolean echouer(Tache tache, String instance, Instant maintenant, String motif) {
        boolean fait = jdbc.sql("""
                update export set etat = 'ECHEC', motif = :motif, termine_le = :h, instance = null,
                       garde_jusqu_a = null
                 where id = :id and etat = 'EN_COURS' and instance = :instance and tentatives = :tentative""")
                .param("motif", motif.length() > 500 ? motif.substring(0, 500) : motif)
                .param("h", Timestamp.from(maintenant))
                .param("id", tache.export().id()).param("instance", instance).param("tentative", tache.tentative())
                .update() == 1;
        if (fait) {
            jdbc.sql("delete from export_demande_radiee where export_id = ?").param(tache.export().id()).update();
        }
        return fait;
    }

    @Override
    public List<String> expirer(Instant maintenant) {
        List<String> cles = jdbc.sql("""
                update export set etat = 'EXPIRE', motif = 'DELAI', termine_le = coalesce(termine_le, :h),
                       instance = null, garde_jusqu_a = null
                 where etat in ('PRET', 'EN_ATTENTE', 'ECHEC') and expire_le <= :h
                returning cle_stockage""")
                .param("h", Timestamp.from(maintenant)).query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .list().stream().flatMap(Optional::stream).toList();
        jdbc.sql("""
                delete from export_demande_radiee r using export e
                 where e.id = r.export_id and e.etat in ('EXPIRE', 'ECHEC')""").update();
        return cles;
    }

    /**
     * The erasure one year after radiation: every export holding one of these demandes (ready, or being written)
     * expires at once, its file deleted after the erasure commits; the demandes' rows go.
     */
    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> numeros = effacees.numeros();
        if (numeros.isEmpty()) {
            return Set.of();
        }
        verrouillerEffacements();
        String[] tableau = numeros.toArray(String[]::new);
        Set<String> cles = jdbc.sql("""
                update export set etat = 'EXPIRE', motif = 'EFFACEMENT', termine_le = coalesce(termine_le, now()),
                       instance = null, garde_jusqu_a = null
                 where etat in ('PRET', 'EN_COURS')
                   and id in (select export_id from export_demande_radiee
                               where numero_unique = any(cast(:numeros as char(18)[])))
                returning cle_stockage""")
                .param("numeros", tableau).query((rs, n) -> Optional.ofNullable(rs.getString(1))).list().stream()
                .flatMap(Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        jdbc.sql("delete from export_demande_radiee where numero_unique = any(cast(:numeros as char(18)[]))")
                .param("numeros", tableau).update();
        return cles;
    }

    private static String[] tableau(Collection<String> valeurs) {
        return valeurs.stream().sorted().toArray(String[]::new);
    }

    private static Set<String> ensemble(ResultSet rs, String colonne) throws SQLException {
        Array a = rs.getArray(colonne);
        return a == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) a.getArray()));
    }

    private static @Nullable Instant instant(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    private static Export export(ResultSet rs) throws SQLException {
        CommandeExport commande = new CommandeExport(
                ensemble(rs, "entites").stream().map(Entite::valueOf).collect(Collectors.toSet()),
                ensemble(rs, "etats"), ensemble(rs, "territoires"), ensemble(rs, "departements"),
                ensemble(rs, "communes"), rs.getObject("profondeur_drm", Integer.class));
        String sha = rs.getString("sha256");
        return new Export(rs.getLong("id"), rs.getString("numero"), rs.getString("lecteur"), commande,
                StatutExport.valueOf(rs.getString("etat")), rs.getString("motif"),
                Objects.requireNonNull(instant(rs, "demande_le")), instant(rs, "commence_le"),
                instant(rs, "termine_le"), rs.getObject("total", Long.class), rs.getLong("lignes"),
                rs.getObject("fichiers", Integer.class), rs.getObject("taille", Long.class), sha,
                rs.getString("cle_stockage"), Objects.requireNonNull(instant(rs, "expire_le")),
                rs.getObject("horizon_flux", Long.class));
    }

    private static Acteur acteur(ResultSet rs) throws SQLException {
        return new Acteur(TypeActeur.valueOf(rs.getString("acteur_type")), rs.getString("acteur_identifiant"),
                rs.getString("acteur_guichet"), rs.getString("acteur_type_guichet"),
                ensemble(rs, "acteur_territoires"), rs.getBoolean("acteur_national"));
    }
}
