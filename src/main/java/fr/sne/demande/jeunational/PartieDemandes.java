package fr.sne.demande.jeunational;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import fr.sne.demande.infrastructure.ChargementDemandes;
import fr.sne.demande.jeunational.GenerateurDemandes.Bloc;
import fr.sne.demande.jeunational.GenerateurDemandes.CommuneGen;
import fr.sne.demande.jeunational.GenerateurDemandes.Donnees;
import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.IndexDifferes;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The demande module's part of the national dataset: {@link GenerateurDemandes} draws the demandes in one thread
 * while two connections copy the blocks before, through the door's bulk loader ({@link ChargementDemandes}, which
 * alone writes these tables in bulk): the part's own copies {@code demande}, {@code demande_personne},
 * {@code demande_commune}, {@code avertissement} and {@code avis_renouvellement}, and both share the
 * {@code mouvement} rows (four fifths of the bytes, mostly jsonb to parse: PostgreSQL's work, one core per
 * connection). Then the counters of the numéros uniques are raised to the last sequence given, so that a later
 * registration through the API takes the next one.
 * <p>
 * The demandes are numbered after what the database already holds (each territory and month goes on from its
 * counter) and registered by the active guichets of their territory (the guichet part writes some for every
 * territory first). Table {@code demande} is locked in exclusive mode for the part's transaction, so that the ids
 * COPY gives are the ones the persons and communes were written with; this is checked before commit. The movements
 * carry their ids, from a range reserved at the start (so the same seed gives the same rows whichever connection
 * copies them); the sequence is brought back to the last one used if nobody else took one meanwhile.
 * <p>
 * The secondary indexes and foreign keys of the tables other than {@code mouvement} are dropped during the copy and
 * re-created after it ({@link IndexDifferes}), in the part's transaction; those of {@code mouvement}, which both
 * connections write, stay. The movements' connection commits just before the part's: should that last commit fail,
 * movements without their demandes would remain (the dataset is synthetic; generate again on a fresh database).
 */
@Component
class PartieDemandes implements PartieJeuNational {

    static final int TAILLE_BLOC = 10_000;
    /** The movements of a block are copied in this many pieces, by whichever connection is free. */
    static final int MORCEAUX_MOUVEMENTS = 8;
    /** At most this many movements per demande (CRE, a renewal a year over ten years, a warning, a radiation). */
    static final int MOUVEMENTS_PAR_DEMANDE_MAX = 16;
    /** Share of Île-de-France (territory 111) among the demandes: 783,000 of about 2.6 million in 2022. */
    static final double PART_ILE_DE_FRANCE = 0.30;
    static final List<String> TABLES = ChargementDemandes.TABLES;
    private static final Object FIN = new Object();

    private final ReferentielGeographique geographie;
    private final Clock horloge;
    private final DataSource source;
    private final DemandesDuJeuNationalJdbc generation;

    PartieDemandes(ReferentielGeographique geographie, Clock horloge, DataSource source,
            DemandesDuJeuNationalJdbc generation) {
        this.geographie = geographie;
        this.horloge = horloge;
        this.source = source;
        this.generation = generation;
    }

    @Override
    public String nom() {
        return "demandes";
    }

    @Override
    public int ordre() {
        return 20;
    }

    /** Marks where the generation starts, for the parts that hang on its demandes ({@code DemandesDuJeuNational}). */
    @Override
    public void avantGeneration(Connection connexion) throws Exception {
        generation.marquerDebut(connexion);
    }

    /** A block's rows of one table, as UTF-8 COPY text: the whole of it, or a piece of whole lines. */
    record Copie(String table, byte[] octets, int debut, int fin) {
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression)
            throws Exception {
        try (Connection mouvements = source.getConnection()) {
            mouvements.setAutoCommit(false);
            // the movements' ids: a range reserved under lock, then used by both connections
            long premierMouvement;
            long finReserve;
            try (Statement s = mouvements.createStatement()) {
                s.execute("lock table mouvement in exclusive mode");
                try (ResultSet r = s.executeQuery("select nextval(pg_get_serial_sequence('mouvement', 'id'))")) {
                    r.next();
                    premierMouvement = r.getLong(1);
                }
                finReserve = premierMouvement + (long) MOUVEMENTS_PAR_DEMANDE_MAX * demandes;
                s.execute("select setval(pg_get_serial_sequence('mouvement', 'id'), " + finReserve + ")");
            }
            mouvements.commit();
            try {
                return ecrire(connexion, mouvements, graine, demandes, progression, premierMouvement, finReserve);
            } catch (Exception | Error e) {
                mouvements.rollback();
                throw e;
            }
        }
    }

    private BilanPartie ecrire(Connection connexion, Connection autre, long graine, int demandes,
            Progression progression, long premierMouvement, long finReserve) throws Exception {
        LocalDate jour = LocalDate.now(horloge);
        long dernierId;
        try (Statement s = connexion.createStatement()) {
            s.execute("lock table demande in exclusive mode");
            try (ResultSet r = s.executeQuery("select nextval(pg_get_serial_sequence('demande', 'id'))")) {
                r.next();
                dernierId = r.getLong(1);
            }
            // the indexes re-created at the end sort in memory
            s.execute("set local maintenance_work_mem = '512MB'");
        }
        Map<String, Double> etapes = new ConcurrentHashMap<>();
        long debut = System.nanoTime();
        IndexDifferes differes = IndexDifferes.supprimer(connexion, TABLES);
        etapes.put("suppression des index", (System.nanoTime() - debut) / 1e9);
        GenerateurDemandes generateur = new GenerateurDemandes(donnees(guichets(connexion)), jour, graine,
                compteurs(connexion), dernierId, premierMouvement - 1);
        Map<String, Long> lignes = new ConcurrentHashMap<>();
        AtomicLong total = new AtomicLong();
        AtomicBoolean arret = new AtomicBoolean();
        AtomicReference<Throwable> erreur = new AtomicReference<>();
        // the tables' copies of a block, in order, for the part's connection; the movements' pieces for either
        BlockingQueue<Object> tables = new ArrayBlockingQueue<>(2);
        BlockingQueue<Object> pieces = new ArrayBlockingQueue<>(2 * MORCEAUX_MOUVEMENTS);

        Thread producteur = Thread.ofPlatform().name("jeu-national-demandes").start(() -> {
            try {
                for (int fait = 0; fait < demandes; fait += TAILLE_BLOC) {
                    long t = System.nanoTime();
                    Bloc b = generateur.bloc(Math.min(TAILLE_BLOC, demandes - fait));
                    if (generateur.dernierMouvement() > finReserve) {
                        throw new IllegalStateException("Plus de mouvements que l'intervalle réservé.");
                    }
                    List<Copie> copies = new ArrayList<>();
                    copies.add(copie("demande", b.demande));
                    copies.add(copie("demande_personne", b.personne));
                    copies.add(copie("demande_commune", b.commune));
                    copies.add(copie("avertissement", b.avertissement));
                    copies.add(copie("avis_renouvellement", b.avis));
                    List<Copie> morceaux = morceaux(copie("mouvement", b.mouvement), MORCEAUX_MOUVEMENTS);
                    cumuler(etapes, "génération", t);
                    deposer(tables, copies, arret);
                    for (Copie m : morceaux) {
                        deposer(pieces, m, arret);
                    }
                }
                deposer(tables, FIN, arret);
                deposer(pieces, FIN, arret);
                deposer(pieces, FIN, arret);
            } catch (InterruptedException | CancellationException e) {
                arret.set(true);
            } catch (RuntimeException | Error e) {
                erreur.compareAndSet(null, e);
                arret.set(true);
            }
        });
        // the second connection copies movements, piece after piece, until the end
        Thread aide = Thread.ofPlatform().name("jeu-national-mouvements").start(() -> {
            try {
                CopyManager copie = autre.unwrap(PGConnection.class).getCopyAPI();
                for (Object o = prendre(pieces, arret); o != FIN; o = prendre(pieces, arret)) {
                    copier(copie, (Copie) o, lignes, total, etapes, " (2e connexion)");
                }
            } catch (CancellationException e) {
                arret.set(true);
            } catch (Exception | Error e) {
                erreur.compareAndSet(null, e);
                arret.set(true);
            }
        });
        try {
            CopyManager copie = connexion.unwrap(PGConnection.class).getCopyAPI();
            boolean finPrise = false;
            while (true) {
                // the tables first, in order; a piece of movements meanwhile
                Object suivant = tables.poll();
                if (suivant == null) {
                    Object piece = pieces.poll(20, TimeUnit.MILLISECONDS);
                    if (piece == FIN) {
                        finPrise = true;
                    } else if (piece != null) {
                        copier(copie, (Copie) piece, lignes, total, etapes, "");
                    } else if (arret.get()) {
                        throw new CancellationException();
                    }
                    continue;
                }
                if (suivant == FIN) {
                    break;
                }
                for (Object c : (List<?>) suivant) {
                    copier(copie, (Copie) c, lignes, total, etapes, "");
                }
                progression.avancer(total.get());
            }
            if (!finPrise) {
                for (Object o = prendre(pieces, arret); o != FIN; o = prendre(pieces, arret)) {
                    copier(copie, (Copie) o, lignes, total, etapes, "");
                    progression.avancer(total.get());
                }
            }
            producteur.join();
            aide.join();
            if (erreur.get() != null) {
                throw new IllegalStateException("Génération interrompue : " + erreur.get().getMessage(),
                        erreur.get());
            }
            progression.avancer(total.get());
        } catch (CancellationException e) {
            arret.set(true);
            // stopped because another thread failed: its error is the one to tell
            Throwable cause = erreur.get();
            throw cause == null ? e : new IllegalStateException("Génération interrompue : " + cause.getMessage(), cause);
        } finally {
            arret.set(true);
            producteur.interrupt();
            producteur.join();
            aide.join();
        }
        debut = System.nanoTime();
        differes.recreer(connexion).forEach((table, s) -> etapes.put("index et clés " + table, s));
        verifierIdentifiants(connexion, dernierId, generateur.dernierId());
        ecrireCompteurs(connexion, generateur.compteurs());
        ecrireVeille(connexion, jour);
        // the movements are committed first, then the sequence comes back to the last id used
        autre.commit();
        verifierMouvements(connexion, premierMouvement, generateur.dernierMouvement(), finReserve);

        Map<String, Long> parTable = new LinkedHashMap<>();
        for (String table : List.of("demande", "demande_personne", "demande_commune", "mouvement", "avertissement",
                "avis_renouvellement")) {
            parTable.put(table, lignes.getOrDefault(table, 0L));
        }
        Map<String, Double> parEtape = new LinkedHashMap<>();
        etapes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parEtape.put(e.getKey(), e.getValue()));
        return new BilanPartie(parTable, parEtape);
    }

    private static Copie copie(String table, StringBuilder texte) {
        byte[] octets = texte.toString().getBytes(StandardCharsets.UTF_8);
        return new Copie(table, octets, 0, octets.length);
    }

    /** The copy cut in about {@code nombre} pieces of whole lines. */
    static List<Copie> morceaux(Copie copie, int nombre) {
        List<Copie> morceaux = new ArrayList<>();
        int debut = copie.debut();
        for (int k = 1; k <= nombre && debut < copie.fin(); k++) {
            int fin = k == nombre ? copie.fin()
                    : Math.max(debut, copie.debut() + (int) ((long) (copie.fin() - copie.debut()) * k / nombre));
            while (fin < copie.fin() && copie.octets()[fin - 1] != '\n') {
                fin++;
            }
            if (fin > debut) {
                morceaux.add(new Copie(copie.table(), copie.octets(), debut, fin));
            }
            debut = fin;
        }
        return morceaux;
    }

    private static void copier(CopyManager copie, Copie c, Map<String, Long> lignes, AtomicLong total,
            Map<String, Double> etapes, String connexion) throws Exception {
        if (c.fin() == c.debut()) {
            return;
        }
        long debut = System.nanoTime();
        long n = ChargementDemandes.copier(copie, c.table(), c.octets(), c.debut(), c.fin());
        lignes.merge(c.table(), n, Long::sum);
        total.addAndGet(n);
        cumuler(etapes, "copie " + c.table() + connexion, debut);
    }

    private static void cumuler(Map<String, Double> etapes, String etape, long debut) {
        etapes.merge(etape, (System.nanoTime() - debut) / 1e9, Double::sum);
    }

    private static void deposer(BlockingQueue<Object> file, Object o, AtomicBoolean arret)
            throws InterruptedException {
        while (!file.offer(o, 100, TimeUnit.MILLISECONDS)) {
            if (arret.get()) {
                throw new CancellationException();
            }
        }
    }

    private static Object prendre(BlockingQueue<Object> file, AtomicBoolean arret) {
        try {
            while (true) {
                Object o = file.poll(100, TimeUnit.MILLISECONDS);
                if (o != null) {
                    return o;
                }
                if (arret.get()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /**
     * The movements copied by both connections are all there, with the ids reserved; the sequence comes back to the
     * last one used unless someone took an id after the range meanwhile (then it stays: a gap, never a reuse).
     */
    private static void verifierMouvements(Connection connexion, long premier, long dernier, long finReserve)
            throws Exception {
        try (Statement s = connexion.createStatement()) {
            // no other writer from here to the part's commit
            s.execute("lock table mouvement in share row exclusive mode");
        }
        try (PreparedStatement p = connexion.prepareStatement(
                "select count(*) from mouvement where id between ? and ?")) {
            p.setLong(1, premier);
            p.setLong(2, finReserve);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) != dernier - premier + 1) {
                    throw new IllegalStateException("Mouvements copiés : " + r.getLong(1) + " au lieu de "
                            + (dernier - premier + 1) + " : génération annulée.");
                }
            }
        }
        try (PreparedStatement p = connexion.prepareStatement("""
                select setval(pg_get_serial_sequence('mouvement', 'id'), ?)
                 where pg_sequence_last_value(cast(pg_get_serial_sequence('mouvement', 'id') as regclass)) = ?""")) {
            p.setLong(1, Math.max(dernier, premier));
            p.setLong(2, finReserve);
            p.execute();
        }
    }

    /** The demandes got the ids the generator gave their persons and communes: consecutive after the first. */
    private static void verifierIdentifiants(Connection connexion, long avant, long dernier) throws Exception {
        try (PreparedStatement p = connexion.prepareStatement(
                "select count(*), coalesce(min(id), 0), coalesce(max(id), 0) from demande where id > ?")) {
            p.setLong(1, avant);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) != dernier - avant || r.getLong(2) != avant + 1 || r.getLong(3) != dernier) {
                    throw new IllegalStateException("Les identifiants des demandes copiées ne se suivent pas ("
                            + r.getLong(1) + " lignes de " + r.getLong(2) + " à " + r.getLong(3)
                            + ") : génération annulée.");
                }
            }
        }
    }

    private static Map<String, Integer> compteurs(Connection connexion) throws Exception {
        Map<String, Integer> compteurs = new HashMap<>();
        try (Statement s = connexion.createStatement();
                ResultSet r = s.executeQuery("select territoire, mois_annee, dernier from compteur_numero_unique")) {
            while (r.next()) {
                compteurs.put(r.getString(1) + r.getString(2), r.getInt(3));
            }
        }
        return compteurs;
    }

    private static void ecrireCompteurs(Connection connexion, Map<String, Integer> compteurs) throws Exception {
        try (PreparedStatement p = connexion.prepareStatement("""
                insert into compteur_numero_unique as c (territoire, mois_annee, dernier) values (?, ?, ?)
                on conflict (territoire, mois_annee) do update set dernier = greatest(c.dernier, excluded.dernier)""")) {
            for (Map.Entry<String, Integer> e : new TreeMap<>(compteurs).entrySet()) {
                p.setString(1, e.getKey().substring(0, 3));
                p.setString(2, e.getKey().substring(3));
                p.setInt(3, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The nightly pass of the day before recorded as handled, as the application leaves it (the dataset is the
     * registry that pass left): the pass of the day then starts from there instead of from the first day unhandled.
     * A row already there is kept; the times are those of the pass's schedule (1:30 at night).
     */
    private void ecrireVeille(Connection connexion, LocalDate jour) throws Exception {
        try (PreparedStatement p = connexion.prepareStatement("""
                insert into traitement_quotidien (jour, commence_le, termine_le, documents_termines_le)
                values (?, ?, ?, ?) on conflict (jour) do nothing""")) {
            LocalDate veille = jour.minusDays(1);
            java.sql.Timestamp nuit = java.sql.Timestamp.from(veille.atTime(1, 30).atZone(horloge.getZone()).toInstant());
            java.sql.Timestamp fin = java.sql.Timestamp.from(veille.atTime(1, 35).atZone(horloge.getZone()).toInstant());
            p.setObject(1, veille);
            p.setTimestamp(2, nuit);
            p.setTimestamp(3, fin);
            p.setTimestamp(4, fin);
            p.executeUpdate();
        }
    }

    /** The active guichets enregistreurs per territory, in code order. */
    static Map<String, List<String>> guichets(Connection connexion) throws Exception {
        Map<String, List<String>> guichets = new TreeMap<>();
        try (Statement s = connexion.createStatement();
                ResultSet r = s.executeQuery("select code, territoire from guichet where actif and type <> "
                        + "'GESTIONNAIRE_TERRITORIAL' order by code")) {
            while (r.next()) {
                guichets.computeIfAbsent(r.getString(2), t -> new ArrayList<>()).add(r.getString(1));
            }
        }
        return guichets;
    }

    /** The referentials the generator draws from, for these guichets, in a fixed order. */
    Donnees donnees(Map<String, List<String>> guichets) throws Exception {
        Map<String, Double> poidsDepartements = new LinkedHashMap<>();
        lire("donnees/poids-departements.csv", c -> poidsDepartements.put(c[0], Double.parseDouble(c[1])));
        Map<String, Integer> q1 = new HashMap<>();
        lire("donnees/quartiles-2026.csv", c -> q1.put(c[0], Integer.parseInt(c[1])));

        Map<String, Double> poids = new TreeMap<>();
        double horsIdf = 0;
        for (Map.Entry<String, Double> e : poidsDepartements.entrySet()) {
            var territoire = geographie.departement(e.getKey()).flatMap(d -> geographie.territoire(
                    "111".equals(territoireDe(e.getKey())) ? "111" : territoireDe(e.getKey())));
            if (territoire.isEmpty() || "111".equals(territoire.get().code())
                    || !guichets.containsKey(territoire.get().code())) {
                continue;
            }
            poids.merge(territoire.get().code(), e.getValue(), Double::sum);
            horsIdf += e.getValue();
        }
        List<String> territoires = new ArrayList<>();
        List<Double> parts = new ArrayList<>();
        boolean idf = guichets.containsKey("111");
        for (Map.Entry<String, Double> e : poids.entrySet()) {
            territoires.add(e.getKey());
            parts.add(e.getValue() / horsIdf * (idf ? 1 - PART_ILE_DE_FRANCE : 1));
        }
        if (idf) {
            territoires.add("111");
            parts.add(PART_ILE_DE_FRANCE);
        }
        if (territoires.isEmpty()) {
            throw new IllegalStateException("Aucun guichet actif : la partie « guichets » doit précéder.");
        }
        double[] cumul = GenerateurDemandes.cumul(parts.stream().mapToDouble(Double::doubleValue).toArray());

        Map<String, List<CommuneGen>> communes = new HashMap<>();
        Map<String, List<CommuneGen>> parEpci = new HashMap<>();
        for (String t : territoires) {
            List<CommuneGen> liste = new ArrayList<>();
            for (Commune c : geographie.communesDuTerritoire(t)) {
                if (!c.codesPostaux().isEmpty()) {
                    CommuneGen g = new CommuneGen(c.code(), c.codesPostaux().getFirst(), c.sirenEpci());
                    liste.add(g);
                    if (c.sirenEpci() != null) {
                        parEpci.computeIfAbsent(GenerateurDemandes.cleEpci(t, c.sirenEpci()), e -> new ArrayList<>())
                                .add(g);
                    }
                }
            }
            communes.put(t, liste);
        }
        // Île-de-France has one first quartile for the whole region (row "111")
        int q1Idf = java.util.Objects.requireNonNull(q1.remove("111"), "quartile de l'Île-de-France");
        int[] valeurs = q1.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Donnees(territoires, cumul, communes, parEpci, q1, q1Idf, valeurs[valeurs.length / 2], guichets);
    }

    private static String territoireDe(String departement) {
        return switch (departement) {
            case "75", "77", "78", "91", "92", "93", "94", "95" -> "111";
            default -> departement.length() == 2 ? "0" + departement : departement;
        };
    }

    private static void lire(String ressource, java.util.function.Consumer<String[]> ligne) throws Exception {
        try (var flux = PartieDemandes.class.getClassLoader().getResourceAsStream(ressource);
                BufferedReader lecteur = new BufferedReader(new InputStreamReader(
                        java.util.Objects.requireNonNull(flux, ressource), StandardCharsets.UTF_8))) {
            lecteur.readLine();
            for (String l = lecteur.readLine(); l != null; l = lecteur.readLine()) {
                if (!l.isBlank()) {
                    ligne.accept(l.split(";"));
                }
            }
        }
    }
}
