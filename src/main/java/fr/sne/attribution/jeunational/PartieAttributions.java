package fr.sne.attribution.jeunational;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import fr.sne.donnees.BilanPartie;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.SeuilsPremierQuartile;
import fr.sne.referentiel.SeuilsPremierQuartile.SeuilQuartile;

/**
 * The attribution module's part of the national dataset, after the demandes: the anonymous facts of the
 * attributions followed by a lease ({@code attribution_fait}) of last year, whole, and of this year up to the
 * dataset's day: about 420,000 a year at 2.7 million demandes (domain.md §12), in proportion to the dataset's size.
 * They are spread evenly over the EPCIs that have a first-quartile threshold that year (Île-de-France over its own
 * EPCIs), a member commune each; 30 % inside a QPV; resources per UC drawn around the EPCI's threshold so that
 * about a quarter fall in the first quartile; they carry no numéro (the demandes they came from are erased or not in
 * the dataset). Written with {@code COPY}.
 */
@Component
class PartieAttributions implements PartieJeuNational {

    /** Leases a year for the national registry (2.7 million demandes). */
    static final int BAUX_PAR_AN_NATIONAL = 420_000;
    static final int DEMANDES_NATIONAL = 2_700_000;
    private static final String[] FINANCEMENTS = {"PLUS", "PLUS", "PLUS", "PLUS", "PLUS", "PLUS", "PLUS", "PLAI",
        "PLAI", "PLS"};
    /** The contingents of the R441-2-9 data a lease is charged to, as the radiation a carries them. */
    private enum Contingent {
        BAILLEUR, ETAT_PRIORITAIRES, COLLECTIVITE, ACTION_LOGEMENT
    }

    /** The accords collectifs, as the radiation a carries them. */
    private enum Accord {
        ACI, AUCUN
    }

    /** Where a fact came from ({@code attribution_fait.source}). */
    private enum Source {
        CHAINE, RADIATION
    }

    private final ReferentielGeographique geographie;
    private final SeuilsPremierQuartile seuils;
    private final Clock horloge;

    PartieAttributions(ReferentielGeographique geographie, SeuilsPremierQuartile seuils, Clock horloge) {
        this.geographie = geographie;
        this.seuils = seuils;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "attributions";
    }

    @Override
    public int ordre() {
        return 30;
    }

    /** An EPCI a lease may fall in: its threshold, its territory and its member communes. */
    private record Perimetre(String epci, String territoire, int seuil, List<Commune> communes) {
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression)
            throws Exception {
        LocalDate jour = LocalDate.now(horloge);
        SplittableRandom hasard = new SplittableRandom(graine ^ 0x5A77_1B07_10A5L);
        long lignes = 0;
        var copie = connexion.unwrap(PGConnection.class).getCopyAPI();
        for (int annee : new int[] {jour.getYear() - 1, jour.getYear()}) {
            List<Perimetre> perimetres = perimetres(annee);
            if (perimetres.isEmpty()) {
                continue;
            }
            LocalDate debut = LocalDate.of(annee, 1, 1);
            int jours = annee == jour.getYear() ? jour.getDayOfYear() - 1 : debut.lengthOfYear();
            long baux = Math.round((double) BAUX_PAR_AN_NATIONAL * demandes / DEMANDES_NATIONAL * jours
                    / debut.lengthOfYear());
            StringBuilder b = new StringBuilder(1 << 20);
            for (long i = 0; i < baux; i++) {
                Perimetre p = perimetres.get(hasard.nextInt(perimetres.size()));
                Commune commune = p.communes().get(hasard.nextInt(p.communes().size()));
                LocalDate bail = debut.plusDays(hasard.nextInt(Math.max(jours, 1)));
                boolean qpv = hasard.nextInt(10) < 3;
                // resources per UC around the threshold: a quarter at or under it
                double facteur = Math.exp(0.45 * gaussienne(hasard) + 0.30);
                BigDecimal parUc = BigDecimal.valueOf(p.seuil() * facteur).setScale(2, RoundingMode.HALF_UP);
                boolean q1 = parUc.compareTo(BigDecimal.valueOf(p.seuil())) <= 0;
                b.append(p.territoire()).append('\t').append(bail).append('\t').append(annee).append('\t')
                        .append("GJ").append(p.territoire()).append('\t')
                        .append("RPLS").append(100_000_000L + hasard.nextInt(900_000_000)).append('\t')
                        .append(commune.code()).append('\t').append(p.epci()).append('\t').append(qpv).append('\t')
                        .append(FINANCEMENTS[hasard.nextInt(FINANCEMENTS.length)]).append('\t')
                        .append(Contingent.values()[hasard.nextInt(Contingent.values().length)].name()).append('\t')
                        .append((hasard.nextInt(10) == 0 ? Accord.ACI : Accord.AUCUN).name()).append('\t')
                        .append(hasard.nextInt(20) == 0).append('\t').append(1 + hasard.nextInt(5)).append('\t')
                        .append(parUc).append('\t').append(annee).append('\t').append(p.seuil()).append('\t')
                        .append(q1).append('\t').append((hasard.nextBoolean() ? Source.CHAINE : Source.RADIATION).name()).append('\t')
                        .append(bail).append(" 12:00:00+01\n");
                if (b.length() > (1 << 20)) {
                    lignes += copier(copie, b);
                    progression.avancer(lignes);
                }
            }
            lignes += copier(copie, b);
            progression.avancer(lignes);
        }
        return new BilanPartie(Map.of("attribution_fait", lignes));
    }

    private static long copier(org.postgresql.copy.CopyManager copie, StringBuilder b) throws Exception {
        if (b.isEmpty()) {
            return 0;
        }
        long n = copie.copyIn("""
                copy attribution_fait (territoire, date_bail, annee, guichet, identifiant_rpls, code_commune,
                                       epci_siren, qpv, financement, contingent, accord_collectif, prioritaire_dalo,
                                       taille_menage, ressources_annuelles_uc, annee_quartile, seuil_premier_quartile,
                                       premier_quartile, source, enregistre_le) from stdin""",
                new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
        b.setLength(0);
        return n;
    }

    /** The EPCIs with a threshold that year (or the year before, not published yet), with their communes. */
    private List<Perimetre> perimetres(int annee) {
        List<SeuilQuartile> publies = seuils.deLAnnee(annee).isEmpty() ? seuils.deLAnnee(annee - 1)
                : seuils.deLAnnee(annee);
        List<Perimetre> perimetres = new ArrayList<>();
        int seuilIleDeFrance = publies.stream().filter(s -> s.perimetre().equals("111")).mapToInt(SeuilQuartile::q1)
                .findFirst().orElse(0);
        for (SeuilQuartile s : publies) {
            if (s.perimetre().equals("111")) {
                continue;
            }
            List<Commune> communes = geographie.communesDeEpci(s.perimetre());
            if (!communes.isEmpty()) {
                perimetres.add(new Perimetre(s.perimetre(), geographie.territoireDeCommune(communes.getFirst())
                        .code(), s.q1(), communes));
            }
        }
        if (seuilIleDeFrance > 0) {
            // Île-de-France: one threshold, its leases spread over its EPCIs
            geographie.communesDuTerritoire("111").stream().map(Commune::sirenEpci).filter(e -> e != null)
                    .distinct().sorted().forEach(epci -> perimetres.add(new Perimetre(epci, "111", seuilIleDeFrance,
                            geographie.communesDeEpci(epci))));
        }
        return perimetres;
    }

    private static double gaussienne(SplittableRandom hasard) {
        double u = 1 - hasard.nextDouble();
        double v = hasard.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
