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

import fr.sne.attribution.domaine.DonneesBail.AccordCollectif;
import fr.sne.attribution.domaine.DonneesBail.Contingent;
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
    /** The contingents the dataset's leases are charged to (those of the radiation a, State agents and others apart). */
    private static final List<Contingent> CONTINGENTS = List.of(Contingent.BAILLEUR, Contingent.ETAT_PRIORITAIRES,
            Contingent.COLLECTIVITE, Contingent.ACTION_LOGEMENT);

    /** Where a fact came from ({@code attribution_fait.source}). */
    private enum Source {
        CHAINE, RADIATION
    }

    private final ReferentielGeographique geographie;
    private final SeuilsPremierQuartile seuils;
    private final Clock horloge;
    private final fr.sne.guichet.Bailleurs bailleurs;

    PartieAttributions(ReferentielGeographique geographie, SeuilsPremierQuartile seuils, Clock horloge,
            fr.sne.guichet.Bailleurs bailleurs) {
        this.bailleurs = bailleurs;
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

    /** The dataset's bailleur of a territory (its guichet GJ…, linked by the guichets' part), if any. */
    private @org.jspecify.annotations.Nullable String bailleur(String territoire,
            Map<String, java.util.Optional<String>> cache) {
        return cache.computeIfAbsent(territoire, t -> bailleurs.duGuichet("GJ" + t)
                .map(fr.sne.guichet.Bailleur::siren)).orElse(null);
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression)
            throws Exception {
        LocalDate jour = LocalDate.now(horloge);
        SplittableRandom hasard = new SplittableRandom(graine ^ 0x5A77_1B07_10A5L);
        long lignes = 0;
        long avant;
        try (var st = connexion.createStatement();
                var rs = st.executeQuery("select coalesce(max(id), 0) from attribution_fait")) {
            rs.next();
            avant = rs.getLong(1);
        }
        Map<String, java.util.Optional<String>> bailleursParTerritoire = new java.util.HashMap<>();
        long rpls = 0;
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
                String siren = bailleur(p.territoire(), bailleursParTerritoire);
                b.append(p.territoire()).append('\t').append(bail).append('\t').append(annee).append('\t')
                        .append("GJ").append(p.territoire()).append('\t')
                        .append(siren == null ? "\\N" : siren).append('\t')
                        .append("JN").append(graine % 1000).append('X').append(++rpls).append('\t')
                        .append(commune.code()).append('\t').append(p.epci()).append('\t').append(qpv).append('\t')
                        .append(FINANCEMENTS[hasard.nextInt(FINANCEMENTS.length)]).append('\t')
                        .append(CONTINGENTS.get(hasard.nextInt(CONTINGENTS.size())).name()).append('\t')
                        .append((hasard.nextInt(10) == 0 ? AccordCollectif.ACI : AccordCollectif.AUCUN).name()).append('\t')
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
        Map<String, Long> bilan = new java.util.LinkedHashMap<>();
        bilan.put("attribution_fait", lignes);
        bilan.putAll(chaine(connexion, avant));
        progression.avancer(bilan.values().stream().mapToLong(Long::longValue).sum());
        return new BilanPartie(bilan);
    }

    /**
     * The attribution chain behind the facts just written (those after {@code avant} whose guichet has a bailleur),
     * set-based: a dwelling each, declared two months before the lease; a session per bailleur and week, three weeks
     * before; three candidates a dwelling, ranked, anonymous (their demandes are erased or outside the dataset), the
     * first accepting; the lease. What a year of the chain leaves in its tables, for the benches and the reports.
     */
    private static Map<String, Long> chaine(Connection connexion, long avant) throws java.sql.SQLException {
        Map<String, Long> lignes = new java.util.LinkedHashMap<>();
        try (var st = connexion.createStatement()) {
            lignes.put("logement", (long) st.executeUpdate("""
                    insert into logement (bailleur_siren, guichet, territoire, identifiant_rpls, adresse, code_commune,
                                          typologie, surface, loyer, financement, qpv, adapte_handicap, declare_le)
                    select f.bailleur_siren, f.guichet, f.territoire, f.identifiant_rpls,
                           (mod(f.id, 200) + 1) || ' rue du Jeu national', f.code_commune, 'T' || (1 + mod(f.id, 5)),
                           30 + (mod(f.id, 5)) * 15, 250 + (mod(f.id, 7)) * 40, coalesce(f.financement, 'PLUS'), f.qpv,
                           mod(f.id, 20) = 0, cast(f.date_bail - 60 as timestamp) at time zone 'Europe/Paris'
                      from attribution_fait f
                     where f.id > %d and f.bailleur_siren is not null and f.code_commune is not null""".formatted(avant)));
            lignes.put("commission", (long) st.executeUpdate("""
                    insert into commission (bailleur_siren, guichet, date_commission, creee_le)
                    select distinct f.bailleur_siren, f.guichet, cast(date_trunc('week', f.date_bail - 21) as date),
                           date_trunc('week', f.date_bail - 21) at time zone 'Europe/Paris'
                      from attribution_fait f
                     where f.id > %d and f.bailleur_siren is not null and f.code_commune is not null""".formatted(avant)));
            st.execute("""
                    create temporary table jeu_chaine on commit drop as
                    select l.id as logement_id, c.id as commission_id, f.guichet, f.date_bail, f.accord_collectif,
                           f.prioritaire_dalo, f.contingent, f.ressources_annuelles_uc, f.annee_quartile,
                           f.seuil_premier_quartile, f.premier_quartile, c.date_commission
                      from attribution_fait f
                      join logement l on l.identifiant_rpls = f.identifiant_rpls and l.bailleur_siren = f.bailleur_siren
                      join commission c on c.bailleur_siren = f.bailleur_siren and c.guichet = f.guichet
                                       and c.date_commission = cast(date_trunc('week', f.date_bail - 21) as date)
                     where f.id > %d""".formatted(avant));
            lignes.put("commission_logement", (long) st.executeUpdate("""
                    insert into commission_logement (commission_id, logement_id)
                    select commission_id, logement_id from jeu_chaine"""));
            lignes.put("candidature", (long) st.executeUpdate("""
                    insert into candidature (commission_id, logement_id, numero_unique, ordre, decision, rang,
                                             au_dessus_plafond, ressources_annuelles_uc, annee_quartile,
                                             seuil_premier_quartile, premier_quartile, decidee_le, decidee_par,
                                             reponse, repondue_le)
                    select j.commission_id, j.logement_id, null, o.ordre, 'ATTRIBUTION_RANG', o.ordre, false,
                           case when o.ordre = 1 then j.ressources_annuelles_uc end,
                           case when o.ordre = 1 then j.annee_quartile end,
                           case when o.ordre = 1 then j.seuil_premier_quartile end,
                           case when o.ordre = 1 then j.premier_quartile end,
                           j.date_commission at time zone 'Europe/Paris', j.guichet,
                           case when o.ordre = 1 then 'ACCEPTEE' end,
                           case when o.ordre = 1 then (j.date_commission + 7) at time zone 'Europe/Paris' end
                      from jeu_chaine j cross join generate_series(1, 3) o (ordre)"""));
            lignes.put("bail", (long) st.executeUpdate("""
                    insert into bail (logement_id, candidature_id, numero_unique, date_signature, accord_collectif,
                                      prioritaire_dalo, contingent, reservataire_id, guichet, signe_le)
                    select j.logement_id, c.id, null, j.date_bail, j.accord_collectif, j.prioritaire_dalo,
                           j.contingent, null, j.guichet, j.date_bail at time zone 'Europe/Paris'
                      from jeu_chaine j
                      join candidature c on c.commission_id = j.commission_id and c.logement_id = j.logement_id
                                        and c.ordre = 1"""));
        }
        return lignes;
    }

    private static long copier(org.postgresql.copy.CopyManager copie, StringBuilder b) throws Exception {
        if (b.isEmpty()) {
            return 0;
        }
        long n = copie.copyIn("""
                copy attribution_fait (territoire, date_bail, annee, guichet, bailleur_siren, identifiant_rpls,
                                       code_commune,
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
