package fr.sne.demande.jeunational;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
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

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import fr.sne.demande.jeunational.GenerateurDemandes.Bloc;
import fr.sne.demande.jeunational.GenerateurDemandes.CommuneGen;
import fr.sne.demande.jeunational.GenerateurDemandes.Donnees;
import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The demande module's part of the national dataset: {@link GenerateurDemandes} draws the demandes in one thread
 * while this one copies the previous block into {@code demande}, {@code demande_personne}, {@code demande_commune},
 * {@code mouvement}, {@code avertissement} and {@code avis_renouvellement}; then the counters of the numéros
 * uniques are raised to the last sequence given, so that a later registration through the API takes the next one.
 * <p>
 * The demandes are numbered after what the database already holds (each territory and month goes on from its
 * counter) and registered by the active guichets of their territory (the guichet part writes some for every
 * territory first). Table {@code demande} is locked in exclusive mode for the part's transaction, so that the ids
 * COPY gives are the ones the persons and communes were written with; this is checked before commit.
 */
@Component
class PartieDemandes implements PartieJeuNational {

    static final int TAILLE_BLOC = 10_000;
    /** Share of Île-de-France (territory 111) among the demandes: 783,000 of about 2.6 million in 2022. */
    static final double PART_ILE_DE_FRANCE = 0.30;

    private final ReferentielGeographique geographie;
    private final Clock horloge;

    PartieDemandes(ReferentielGeographique geographie, Clock horloge) {
        this.geographie = geographie;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "demandes";
    }

    @Override
    public int ordre() {
        return 20;
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression)
            throws Exception {
        LocalDate jour = LocalDate.now(horloge);
        long dernierId;
        try (Statement s = connexion.createStatement()) {
            s.execute("lock table demande in exclusive mode");
            try (ResultSet r = s.executeQuery("select nextval(pg_get_serial_sequence('demande', 'id'))")) {
                r.next();
                dernierId = r.getLong(1);
            }
        }
        GenerateurDemandes generateur = new GenerateurDemandes(donnees(guichets(connexion)), jour, graine,
                compteurs(connexion), dernierId);
        CopyManager copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> lignes = new LinkedHashMap<>();
        for (String table : List.of("demande", "demande_personne", "demande_commune", "mouvement", "avertissement",
                "avis_renouvellement")) {
            lignes.put(table, 0L);
        }

        // the generator runs one block ahead of the copy
        BlockingQueue<Object> file = new ArrayBlockingQueue<>(2);
        Thread producteur = Thread.ofPlatform().name("jeu-national-demandes").start(() -> {
            try {
                for (int fait = 0; fait < demandes; fait += TAILLE_BLOC) {
                    file.put(generateur.bloc(Math.min(TAILLE_BLOC, demandes - fait)));
                }
                file.put(Boolean.TRUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                file.offer(e);
            }
        });
        long total = 0;
        try {
            while (true) {
                Object suivant = file.take();
                if (suivant instanceof RuntimeException e) {
                    throw e;
                }
                if (!(suivant instanceof Bloc b)) {
                    break;
                }
                copier(copie, lignes, "demande", """
                        demande (numero_unique, territoire, statut, date_depot, date_dernier_renouvellement,
                                 date_fin_validite, guichet_enregistreur, enregistree_le, modifiee_le, version, contenu,
                                 motif_radiation, sous_motif_radiation, date_radiation, radiee_par, donnees_radiation,
                                 renouvellement_en_ligne, date_dernier_courrier)""", b.demande);
                copier(copie, lignes, "demande_personne", """
                        demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance, nom_cle,
                                          prenoms_cle, nir)""", b.personne);
                copier(copie, lignes, "demande_commune", "demande_commune (demande_id, rang, code_commune)",
                        b.commune);
                copier(copie, lignes, "mouvement", """
                        mouvement (type, numero_unique, territoire, guichet, horodatage, contenu, acteur_type,
                                   acteur_id)""", b.mouvement);
                copier(copie, lignes, "avertissement", """
                        avertissement (demande_id, motif, sous_motif, date_envoi, canal, guichet, radiation_demandee,
                                       enregistre_le)""", b.avertissement);
                copier(copie, lignes, "avis_renouvellement", """
                        avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet, par_courrier,
                                             par_courriel, courriel_envoye_le, adresse_courriel, cree_le)""", b.avis);
                total += b.lignes;
                progression.avancer(total);
            }
        } finally {
            producteur.interrupt();
            producteur.join();
        }
        verifierIdentifiants(connexion, dernierId, generateur.dernierId());
        ecrireCompteurs(connexion, generateur.compteurs());
        return new BilanPartie(lignes);
    }

    private static void copier(CopyManager copie, Map<String, Long> lignes, String table, String cible,
            StringBuilder donnees) throws Exception {
        if (donnees.isEmpty()) {
            return;
        }
        long n = copie.copyIn("copy " + cible + " from stdin", new StringReader(donnees.toString()));
        lignes.merge(table, n, Long::sum);
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
