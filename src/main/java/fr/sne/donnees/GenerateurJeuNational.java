package fr.sne.donnees;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Fills the database with the national dataset: every {@link PartieJeuNational} bean, in order, each in its own
 * transaction, reporting its rows and rate as it goes; then {@code analyze}, so that the planner knows the new
 * volume. Refused under the {@code prod} profile: the dataset is synthetic and must never reach the registry.
 */
@Service
public class GenerateurJeuNational {

    /** Seconds between two progress lines of a part. */
    static final long INTERVALLE_PROGRESSION_NS = 5_000_000_000L;

    private final List<PartieJeuNational> parties;
    private final DataSource source;
    private final Environment environnement;

    GenerateurJeuNational(List<PartieJeuNational> parties, DataSource source, Environment environnement) {
        this.parties = parties.stream().sorted(Comparator.comparingInt(PartieJeuNational::ordre)).toList();
        this.source = source;
        this.environnement = environnement;
    }

    /** What one part wrote and how long it took. */
    public record BilanGeneration(String partie, BilanPartie lignes, double secondes) {

        public double lignesParSeconde() {
            return secondes == 0 ? 0 : lignes.total() / secondes;
        }
    }

    /** The parts, in the order they run. */
    public List<String> parties() {
        return parties.stream().map(PartieJeuNational::nom).toList();
    }

    /**
     * Writes every part for this size and seed.
     *
     * @param sortie where the progress lines go (the command prints them)
     * @return what each part wrote, in order
     */
    public List<BilanGeneration> generer(int demandes, long graine, Consumer<String> sortie) throws Exception {
        if (environnement.matchesProfiles("prod")) {
            throw new IllegalStateException("Le jeu de données national est synthétique : sa génération est refusée "
                    + "sous le profil prod.");
        }
        if (demandes < 1) {
            throw new IllegalArgumentException("Le nombre de demandes doit être positif : " + demandes);
        }
        List<BilanGeneration> bilans = new ArrayList<>();
        try (Connection connexion = source.getConnection()) {
            connexion.setAutoCommit(false);
            for (PartieJeuNational partie : parties) {
                partie.avantGeneration(connexion);
            }
            connexion.commit();
            for (PartieJeuNational partie : parties) {
                long debut = System.nanoTime();
                long[] dernier = {debut};
                Progression progression = lignes -> {
                    long maintenant = System.nanoTime();
                    if (maintenant - dernier[0] >= INTERVALLE_PROGRESSION_NS) {
                        dernier[0] = maintenant;
                        double s = (maintenant - debut) / 1e9;
                        sortie.accept("  %s : %,d lignes en %.0f s (%,.0f lignes/s)".formatted(partie.nom(), lignes, s,
                                lignes / s));
                    }
                };
                BilanPartie bilan;
                try {
                    bilan = partie.ecrire(connexion, graine, demandes, progression);
                    connexion.commit();
                } catch (Exception | Error e) {
                    connexion.rollback();
                    throw e;
                }
                double secondes = (System.nanoTime() - debut) / 1e9;
                BilanGeneration b = new BilanGeneration(partie.nom(), bilan, secondes);
                bilans.add(b);
                sortie.accept("%s : %s en %.1f s (%,.0f lignes/s)".formatted(partie.nom(), detail(bilan), secondes,
                        b.lignesParSeconde()));
                if (!bilan.secondesParEtape().isEmpty()) {
                    Map<String, String> etapes = new LinkedHashMap<>();
                    bilan.secondesParEtape().forEach((etape, s) -> etapes.put(etape, "%.1f s".formatted(s)));
                    sortie.accept("  %s, par étape : %s".formatted(partie.nom(), etapes));
                }
            }
            connexion.setAutoCommit(true);
            long debut = System.nanoTime();
            try (Statement s = connexion.createStatement()) {
                s.execute("analyze");
            }
            sortie.accept("analyze : %.1f s".formatted((System.nanoTime() - debut) / 1e9));
        }
        return bilans;
    }

    private static String detail(BilanPartie bilan) {
        Map<String, String> lignes = new LinkedHashMap<>();
        bilan.lignesParTable().forEach((table, n) -> lignes.put(table, "%,d".formatted(n)));
        return lignes.toString();
    }
}
