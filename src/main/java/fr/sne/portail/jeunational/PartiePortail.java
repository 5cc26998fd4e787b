package fr.sne.portail.jeunational;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesDuJeuNational;
import fr.sne.demande.DemandesDuJeuNational.DemandeDuJeu;
import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.IndexDifferes;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.guichet.Guichets;
import fr.sne.portail.domaine.ModeRattachement;

/**
 * The portal's part of the national dataset, after the demandes: the applicants' accounts of the {@value #PART_EN_LIGNE}
 * % of the generation's demandes followed online (about the share filed online), one account per demande, its
 * demandeur's identity as FranceConnect would vouch for it (given names, birth name, birth date, the Cerfa's
 * e-mail), its subject {@code jeu-national-<n>}: {@code compte_demandeur}, the demande attached to it
 * ({@code rattachement_demandeur}: filed from the account ({@link ModeRattachement#DEPOT}) when its registering guichet
 * is a portal, otherwise attached by its code, some days after registration), and its last sign-in
 * ({@code connexion_demandeur}: one row, in the last year for a quarter, before for the others, as for an applicant
 * who comes back at renewal). No personal code and no attempt by code are written. Written with {@code COPY}, the
 * tables' secondary indexes and foreign keys dropped during it and re-created after ({@link IndexDifferes}).
 */
@Component
class PartiePortail implements PartieJeuNational {

    /** Share of the demandes followed on the portal, in percent: about the share filed online (issue 18). */
    static final int PART_EN_LIGNE = 44;
    static final List<String> TABLES = List.of("compte_demandeur", "connexion_demandeur", "rattachement_demandeur");
    /** Where the dataset's account ids start (version 7 layout, the first 48 bits a counter: 2025-01-01 in ms). */
    static final long DEBUT_IDS = 1_735_689_600_000L;

    private final DemandesDuJeuNational demandes;
    private final Guichets guichets;
    private final Clock horloge;

    PartiePortail(DemandesDuJeuNational demandes, Guichets guichets, Clock horloge) {
        this.demandes = demandes;
        this.guichets = guichets;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "portail";
    }

    @Override
    public int ordre() {
        return 50;
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int nombre, Progression progression)
            throws Exception {
        long debut = System.nanoTime();
        long[] depart = depart(connexion);
        IndexDifferes index = IndexDifferes.supprimer(connexion, TABLES);
        Ecriture e = new Ecriture(new SplittableRandom(graine ^ 0x9027_A11L), LocalDate.now(horloge),
                connexion.unwrap(PGConnection.class).getCopyAPI(), progression, depart[0], depart[1]);
        demandes.parcourir(connexion, true, e::demande);
        e.vider();
        double copie = (System.nanoTime() - debut) / 1e9;
        long debutIndex = System.nanoTime();
        index.recreer(connexion);
        Map<String, Long> lignes = new LinkedHashMap<>();
        lignes.put("compte_demandeur", e.comptes);
        lignes.put("connexion_demandeur", e.comptes);
        lignes.put("rattachement_demandeur", e.comptes);
        Map<String, Double> etapes = new LinkedHashMap<>();
        etapes.put("copie", copie);
        etapes.put("index et clés", (System.nanoTime() - debutIndex) / 1e9);
        return new BilanPartie(lignes, etapes);
    }

    /** The first 48 bits of the first account id (after every id there) and the first subject's number. */
    private static long[] depart(Connection connexion) throws Exception {
        try (var st = connexion.createStatement(); var rs = st.executeQuery("""
                select (select id from compte_demandeur order by id desc limit 1),
                       (select coalesce(max(cast(substr(sujet, 14) as bigint)), 0) from compte_demandeur
                         where sujet ~ '^jeu-national-[0-9]{1,18}$')""")) {
            rs.next();
            UUID max = rs.getObject(1, UUID.class);
            long ids = max == null ? DEBUT_IDS : Math.max(DEBUT_IDS, (max.getMostSignificantBits() >>> 16) + 1);
            return new long[] {ids, rs.getLong(2) + 1};
        }
    }

    /** Whether a guichet is a portal (cached: a few hundred guichets). */
    private boolean portail(String guichet, Map<String, Boolean> cache) {
        return cache.computeIfAbsent(guichet, g -> guichets.enregistre(g, null)
                .map(e -> "PORTAIL".equals(e.guichet().type())).orElse(false));
    }

    /** The rows, drawn demande after demande in the order they are read, copied by megabytes. */
    private final class Ecriture {

        private final SplittableRandom hasard;
        private final LocalDate jour;
        private final CopyManager copie;
        private final Progression progression;
        private final long debutIds;
        private final long debutSujets;
        private final Map<String, Boolean> portails = new HashMap<>();
        private final StringBuilder comptesCopie = new StringBuilder(1 << 20);
        private final StringBuilder connexions = new StringBuilder(1 << 19);
        private final StringBuilder rattachements = new StringBuilder(1 << 19);
        long comptes;

        Ecriture(SplittableRandom hasard, LocalDate jour, CopyManager copie, Progression progression, long debutIds,
                long debutSujets) {
            this.hasard = hasard;
            this.jour = jour;
            this.copie = copie;
            this.progression = progression;
            this.debutIds = debutIds;
            this.debutSujets = debutSujets;
        }

        void demande(DemandeDuJeu d) {
            if (hasard.nextInt(100) >= PART_EN_LIGNE) {
                return;
            }
            UUID id = new UUID(((debutIds + comptes) << 16) | 0x7000L | (hasard.nextLong() & 0x0FFFL),
                    (hasard.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
            boolean depot = portail(d.guichet(), portails);
            LocalDate radiation = d.dateRadiation();
            LocalDate fin = radiation == null ? jour : radiation;
            long duree = Math.max(0, fin.toEpochDay() - d.dateDepot().toEpochDay());
            // filed online: the account is as old as the demande; attached by code: within its first months
            LocalDate cree = depot ? d.dateDepot() : d.dateDepot().plusDays(hasard.nextLong(Math.min(duree, 120) + 1));
            long depuisCreation = Math.max(0, fin.toEpochDay() - cree.toEpochDay());
            // the last sign-in: in the last year for a quarter of the accounts, otherwise any day of its life
            LocalDate derniere = hasard.nextInt(4) == 0 && depuisCreation > 365
                    ? fin.minusDays(hasard.nextLong(366)) : cree.plusDays(hasard.nextLong(depuisCreation + 1));
            String creeLe = cree + " " + heure() + "+01";
            String heure = heure();
            // the same day as the account's creation: not before it
            String derniereLe = derniere.equals(cree) ? creeLe : derniere + " " + heure + "+01";
            comptesCopie.append(id).append('\t').append("jeu-national-").append(debutSujets + comptes).append('\t')
                    .append(texte(d.prenoms())).append('\t').append(texte(d.nomNaissance())).append('\t')
                    .append(d.dateNaissance()).append('\t').append(d.courriel() == null ? "\\N" : texte(d.courriel()))
                    .append('\t').append(creeLe).append('\t').append(derniereLe).append('\n');
            connexions.append(id).append('\t').append(derniereLe).append('\n');
            rattachements.append(id).append('\t').append(d.numeroUnique()).append('\t').append(creeLe).append('\t')
                    .append((depot ? ModeRattachement.DEPOT : ModeRattachement.CODE).name()).append('\n');
            comptes++;
            if (comptesCopie.length() > (1 << 20)) {
                vider();
            }
        }

        private String heure() {
            return "%02d:%02d:%02d".formatted(7 + hasard.nextInt(16), hasard.nextInt(60), hasard.nextInt(60));
        }

        /** A value of COPY's text format: the names and e-mails drawn have no tab, newline or backslash. */
        private static String texte(String valeur) {
            return valeur.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }

        void vider() {
            copier("copy compte_demandeur (id, sujet, prenoms, nom, date_naissance, courriel, cree_le, "
                    + "derniere_connexion) from stdin", comptesCopie);
            copier("copy connexion_demandeur (compte, le) from stdin", connexions);
            copier("copy rattachement_demandeur (compte, numero_unique, depuis, mode) from stdin", rattachements);
            progression.avancer(3 * comptes);
        }

        private void copier(String sql, StringBuilder b) {
            if (b.isEmpty()) {
                return;
            }
            try {
                copie.copyIn(sql, new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException("copie des comptes du portail du jeu national", e);
            }
            b.setLength(0);
        }
    }
}
