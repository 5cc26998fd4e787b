package fr.sne.pieces.jeunational;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesDuJeuNational;
import fr.sne.demande.DemandesDuJeuNational.DemandeDuJeu;
import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.IndexDifferes;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.pieces.domaine.Qualification;

/**
 * The pieces module's part of the national dataset, after the demandes: the metadata of the pièces justificatives
 * lodged on {@value #PART_AVEC_PIECES} % of the generation's demandes (rows of {@code piece} with their storage key,
 * size, type and a SHA-256; <strong>no bytes</strong> are written to the store: a bench that reads a piece lodges its
 * own, and the nightly check of the store names these rows as pieces without object). A demande with pieces has the
 * identity of its demandeur and of each co-demandeur (lodged at registration), one or two tax notices, up to three
 * resources pieces, often a piece of family situation and of current housing (lodged in the eighteen months before
 * the day, or before its radiation), by its registering guichet's software; most of those older than a month are
 * qualified valid, a few unusable. Their obsolescence is left to the nightly pass. No PJD movement is written (the
 * movements' feed of the dataset shows the demandes' lives without their lodgings). Written with {@code COPY}, the
 * table's secondary indexes and unique constraints dropped during it and re-created after ({@link IndexDifferes}).
 */
@Component
class PartiePieces implements PartieJeuNational {

    /** Share of the demandes that have pieces, in percent. */
    static final int PART_AVEC_PIECES = 55;
    /** Lodgings other than identity fall in the last eighteen months of the demande's life. */
    static final int JOURS_RECENTS = 540;
    private static final HexFormat HEX = HexFormat.of();
    /** Where the dataset's ids start (the first 48 bits: 2025-01-01 in milliseconds, as a version 7 would read). */
    static final long DEBUT_IDS = 1_735_689_600_000L;

    private final DemandesDuJeuNational demandes;
    private final Clock horloge;

    PartiePieces(DemandesDuJeuNational demandes, Clock horloge) {
        this.demandes = demandes;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "pieces";
    }

    @Override
    public int ordre() {
        return 40;
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int nombre, Progression progression)
            throws Exception {
        LocalDate jour = LocalDate.now(horloge);
        long debut = System.nanoTime();
        IndexDifferes index = IndexDifferes.supprimer(connexion, List.of("piece"));
        CopyManager copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        Ecriture ecriture = new Ecriture(new SplittableRandom(graine ^ 0x91EC_E5L), jour, copie, progression,
                debutIds(connexion));
        demandes.parcourir(connexion, false, ecriture::demande);
        ecriture.vider();
        double secondesCopie = (System.nanoTime() - debut) / 1e9;
        long debutIndex = System.nanoTime();
        index.recreer(connexion);
        Map<String, Double> etapes = new LinkedHashMap<>();
        etapes.put("copie", secondesCopie);
        etapes.put("index", (System.nanoTime() - debutIndex) / 1e9);
        return new BilanPartie(Map.of("piece", ecriture.lignes), etapes);
    }

    /**
     * The first 48 bits of the generation's first id: after every id already there (an earlier generation's, or the
     * application's random ones), and not before {@link #DEBUT_IDS}.
     */
    private static long debutIds(Connection connexion) throws Exception {
        try (var st = connexion.createStatement();
                var rs = st.executeQuery("select id from piece order by id desc limit 1")) {
            UUID max = rs.next() ? rs.getObject(1, UUID.class) : null;
            return max == null ? DEBUT_IDS : Math.max(DEBUT_IDS, (max.getMostSignificantBits() >>> 16) + 1);
        }
    }

    /** The rows of the pieces, drawn demande after demande in the order they are read, copied by megabytes. */
    private static final class Ecriture {

        private final SplittableRandom hasard;
        private final LocalDate jour;
        private final CopyManager copie;
        private final Progression progression;
        private final StringBuilder b = new StringBuilder(1 << 21);
        private final long debutIds;
        long lignes;

        Ecriture(SplittableRandom hasard, LocalDate jour, CopyManager copie, Progression progression, long debutIds) {
            this.debutIds = debutIds;
            this.hasard = hasard;
            this.jour = jour;
            this.copie = copie;
            this.progression = progression;
        }

        void demande(DemandeDuJeu d) {
            if (hasard.nextInt(100) >= PART_AVEC_PIECES) {
                return;
            }
            LocalDate radiation = d.dateRadiation();
            LocalDate fin = radiation == null ? jour : radiation;
            piece(d, "IDENTITE", "DEMANDEUR", d.dateDepot(), fin);
            for (int i = 1; i <= d.coDemandeurs(); i++) {
                piece(d, "IDENTITE", "CO_DEMANDEUR:" + i, d.dateDepot(), fin);
            }
            LocalDate recent = d.dateDepot().isAfter(fin.minusDays(JOURS_RECENTS)) ? d.dateDepot()
                    : fin.minusDays(JOURS_RECENTS);
            for (int i = 1 + hasard.nextInt(2); i > 0; i--) {
                piece(d, "AVIS_IMPOSITION", "DEMANDEUR", recent, fin);
            }
            for (int i = hasard.nextInt(4); i > 0; i--) {
                piece(d, "RESSOURCES", "DEMANDEUR", recent, fin);
            }
            if (hasard.nextInt(10) < 3) {
                piece(d, "SITUATION_FAMILIALE", null, recent, fin);
            }
            if (hasard.nextInt(10) < 4) {
                piece(d, "LOGEMENT_ACTUEL", null, recent, fin);
            }
            if (b.length() > (1 << 21)) {
                vider();
            }
        }

        private void piece(DemandeDuJeu d, String categorie, @Nullable String personne, LocalDate de, LocalDate a) {
            // ordered as written (a counter where a version 7 puts its milliseconds), so that the primary key's
            // index grows at its right edge instead of taking random pages: millions of rows copy at the same speed
            UUID id = new UUID(((debutIds + lignes) << 16) | 0x7000L | (hasard.nextLong() & 0x0FFFL),
                    (hasard.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
            long jours = Math.max(0, a.toEpochDay() - de.toEpochDay());
            LocalDate depot = de.plusDays(jours == 0 ? 0 : hasard.nextLong(jours + 1));
            boolean photo = hasard.nextInt(5) == 0;
            // a scan of one to a few pages: 60 KB to about 2 MB, a photo from a phone about 1 to 4 MB
            long taille = photo ? 1_000_000 + hasard.nextInt(3_000_000) : 60_000 + (long) (Math.exp(hasard.nextDouble()
                    * 3.5) * 60_000);
            String heure = "%02d:%02d:%02d".formatted(9 + hasard.nextInt(8), hasard.nextInt(60), hasard.nextInt(60));
            b.append(id).append('\t').append(d.numeroUnique()).append('\t').append(categorie).append('\t')
                    .append(personne == null ? "\\N" : personne).append('\t').append("[]\t")
                    .append(photo ? "image/jpeg" : "application/pdf").append('\t').append(taille).append('\t')
                    .append(HEX.toHexDigits(hasard.nextLong())).append(HEX.toHexDigits(hasard.nextLong()))
                    .append(HEX.toHexDigits(hasard.nextLong())).append(HEX.toHexDigits(hasard.nextLong()))
                    .append('\t').append("pieces/").append(id).append('\t').append(d.guichet()).append('\t')
                    .append("CLIENT_API\tjeu-national-").append(d.guichet().toLowerCase(java.util.Locale.ROOT))
                    .append('\t').append(depot).append(' ').append(heure).append("+01\t");
            int qualification = hasard.nextInt(100);
            LocalDate qualifiee = depot.plusDays(1 + hasard.nextInt(20));
            if (depot.isBefore(jour.minusDays(30)) && qualification < 63) {
                b.append((qualification < 60 ? Qualification.VALIDE : Qualification.INEXPLOITABLE).name()).append("\tjeu-national-instruction\t")
                        .append(qualifiee).append(" 10:00:00+01\n");
            } else {
                b.append("\\N\t\\N\t\\N\n");
            }
            lignes++;
        }

        void vider() {
            if (b.isEmpty()) {
                return;
            }
            try {
                copie.copyIn("""
                        copy piece (id, numero_unique, categorie, personne, pages, type_media, taille, sha256,
                                    cle_stockage, guichet, acteur_type, acteur_id, deposee_le, qualification,
                                    qualifiee_par, qualifiee_le) from stdin""",
                        new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException("copie des pièces du jeu national", e);
            }
            b.setLength(0);
            progression.avancer(lignes);
        }
    }
}
