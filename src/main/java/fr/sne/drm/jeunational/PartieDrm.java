package fr.sne.drm.jeunational;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesDuJeuNational;
import fr.sne.demande.DemandesDuJeuNational.DemandeDuJeu;
import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.StatutDrm;

/**
 * The DRM's part of the national dataset, after the demandes: the result of the last monthly refresh for every
 * active demande of the generation ({@code drm_situation}): a demandeur without a NIR or with a temporary one as
 * such, never fetched; one with a permanent NIR {@link StatutDrm#AFFICHABLE} for {@value #PART_AFFICHABLE} % (the
 * others a discordance or unknown to the DRM, half each), with his last three months ({@code drm_ressource}: one to
 * three natures of {@code drm_nature}, a main resource of 600 to 3,000 € and smaller ones, within 10 % from month to
 * month), as fetched on the last 22nd. Written with {@code COPY}.
 */
@Component
class PartieDrm implements PartieJeuNational {

    /** Share of the demandeurs with a permanent NIR whose DRM data is shown, in percent. */
    static final int PART_AFFICHABLE = 94;

    private final DemandesDuJeuNational demandes;
    private final Clock horloge;
    private final AtomicLong repere = new AtomicLong(-1);

    PartieDrm(DemandesDuJeuNational demandes, Clock horloge) {
        this.demandes = demandes;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "drm";
    }

    @Override
    public int ordre() {
        return 60;
    }

    @Override
    public void avantGeneration(Connection connexion) throws Exception {
        repere.set(demandes.repere(connexion));
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int nombre, Progression progression)
            throws Exception {
        long apres = repere.get();
        if (apres < 0) {
            throw new IllegalStateException("la génération n'a pas marqué son début (avantGeneration)");
        }
        long debut = System.nanoTime();
        List<String> natures = new ArrayList<>();
        try (var st = connexion.createStatement(); var rs = st.executeQuery("select code from drm_nature order by code")) {
            while (rs.next()) {
                natures.add(rs.getString(1));
            }
        }
        if (natures.isEmpty()) {
            throw new IllegalStateException("aucune nature DRM chargée (drm_nature)");
        }
        LocalDate jour = LocalDate.now(horloge);
        Ecriture e = new Ecriture(new SplittableRandom(graine ^ 0xD4A_2026L), natures, jour,
                connexion.unwrap(PGConnection.class).getCopyAPI(), progression);
        demandes.parcourir(connexion, apres, false, e::demande);
        e.vider();
        Map<String, Long> lignes = new LinkedHashMap<>();
        lignes.put("drm_situation", e.situations);
        lignes.put("drm_ressource", e.ressources);
        Map<String, Double> etapes = new LinkedHashMap<>();
        etapes.put("copie", (System.nanoTime() - debut) / 1e9);
        return new BilanPartie(lignes, etapes);
    }

    /** The rows, drawn demande after demande in the order they are read, copied by megabytes. */
    private static final class Ecriture {

        private final SplittableRandom hasard;
        private final List<String> natures;
        private final CopyManager copie;
        private final Progression progression;
        private final YearMonth dernier;
        private final String le;
        private final StringBuilder situationsCopie = new StringBuilder(1 << 20);
        private final StringBuilder ressourcesCopie = new StringBuilder(1 << 20);
        long situations;
        long ressources;

        Ecriture(SplittableRandom hasard, List<String> natures, LocalDate jour, CopyManager copie,
                Progression progression) {
            this.hasard = hasard;
            this.natures = natures;
            this.copie = copie;
            this.progression = progression;
            LocalDate releve = CalendrierDrm.dernierReleveDu(jour);
            this.dernier = CalendrierDrm.dernierMoisConnu(releve);
            this.le = releve + " 02:" + "%02d".formatted(15 + hasard.nextInt(40)) + ":00+01";
        }

        void demande(DemandeDuJeu d) {
            if (!d.active()) {
                return;
            }
            String nir = d.nir();
            StatutDrm statut;
            if (nir == null) {
                statut = StatutDrm.SANS_NIR;
            } else if (nir.charAt(0) == '7' || nir.charAt(0) == '8') {
                statut = StatutDrm.NIR_TEMPORAIRE;
            } else {
                int tirage = hasard.nextInt(100);
                statut = tirage < PART_AFFICHABLE ? StatutDrm.AFFICHABLE
                        : tirage < PART_AFFICHABLE + (100 - PART_AFFICHABLE) / 2 ? StatutDrm.DISCORDANCE
                        : StatutDrm.NON_TROUVE;
            }
            boolean interroge = statut != StatutDrm.SANS_NIR && statut != StatutDrm.NIR_TEMPORAIRE;
            situationsCopie.append(d.numeroUnique()).append('\t').append(statut.name()).append('\t').append(le)
                    .append('\t').append(interroge ? dernier.atDay(1).toString() : "\\N").append('\n');
            situations++;
            if (statut == StatutDrm.AFFICHABLE) {
                int combien = 1 + hasard.nextInt(3);
                List<String> choisies = new ArrayList<>(combien);
                double[] bases = new double[combien];
                for (int i = 0; i < combien; i++) {
                    String nature = natures.get(hasard.nextInt(natures.size()));
                    if (choisies.contains(nature)) {
                        continue;
                    }
                    choisies.add(nature);
                    bases[choisies.size() - 1] = i == 0 ? 600 + hasard.nextInt(2400) : 50 + hasard.nextInt(600);
                }
                for (int m = 0; m < 3; m++) {
                    String mois = dernier.minusMonths(m).atDay(1).toString();
                    for (int i = 0; i < choisies.size(); i++) {
                        BigDecimal montant = BigDecimal.valueOf(bases[i] * (0.9 + 0.2 * hasard.nextDouble()))
                                .setScale(2, RoundingMode.HALF_UP);
                        ressourcesCopie.append(d.numeroUnique()).append('\t').append(mois).append('\t')
                                .append(choisies.get(i)).append('\t').append(montant.toPlainString()).append('\t')
                                .append(le).append('\n');
                        ressources++;
                    }
                }
            }
            if (ressourcesCopie.length() > (1 << 20) || situationsCopie.length() > (1 << 20)) {
                vider();
            }
        }

        void vider() {
            copier("copy drm_situation (numero_unique, statut, mis_a_jour_le, mois_reference) from stdin",
                    situationsCopie);
            copier("copy drm_ressource (numero_unique, mois, nature, montant, recue_le) from stdin", ressourcesCopie);
            progression.avancer(situations + ressources);
        }

        private void copier(String sql, StringBuilder b) {
            if (b.isEmpty()) {
                return;
            }
            try {
                copie.copyIn(sql, new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException("copie des données DRM du jeu national", e);
            }
            b.setLength(0);
        }
    }
}
