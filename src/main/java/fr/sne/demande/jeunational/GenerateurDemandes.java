package fr.sne.demande.jeunational;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.domaine.AccordCollectif;
import fr.sne.demande.domaine.Contingent;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;
import fr.sne.demande.domaine.StatutDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * The seeded generator of the national registry on a given day: one demande after the other, each written as the
 * lines of {@code COPY} (text format) of its tables. Pure: no database; the same seed, day, referentials, guichets,
 * counters and first id give the same lines, byte for byte.
 * <p>
 * What it draws (sources in README, "National dataset"): the territory in proportion to published figures
 * (Île-de-France 30 %); the household (single 43 %, single parent 27 %, couple without / with children 10 / 20 %)
 * and ages; the date de dépôt over 10 years after the published wait distribution (&lt; 1 year 24 %, 1–2 20 %,
 * 2–3 14 %, 3–5 18 %, 5–10 24 %); a primo-demandeur (66 %) or a mutation (34 %, in social housing); resources per
 * unit of consumption, half the primo-demandeurs below the first quartile of the EPCI of their first commune
 * sought; one to five communes sought in the territory, from the EPCI of the first; the renewals the lifecycle
 * implies (one year of validity, renewed within the three months before its end, see {@link Demande#VALIDITE});
 * 27 % radiated within the year before the day, with motives a–f; warnings; and the movements of all that.
 */
final class GenerateurDemandes {

    static final double PART_RADIEES = 0.27;
    /** Motives of the year's radiations: a (attribution) 42 %, e 40 %, b 10 %, c 4 %, d 2 %, f 2 %. */
    static final char[] MOTIFS = {'a', 'e', 'b', 'c', 'd', 'f'};
    static final double[] PARTS_MOTIFS = {0.42, 0.40, 0.10, 0.04, 0.02, 0.02};
    /** Age of the demande (years since the date de dépôt): bounds and shares of the published wait distribution. */
    static final int[][] ANCIENNETES = {{0, 1}, {1, 2}, {2, 3}, {3, 5}, {5, 10}};
    static final double[] PARTS_ANCIENNETES = {0.24, 0.20, 0.14, 0.18, 0.24};

    static final String[] PRENOMS_F = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Aurélie",
            "Julie", "Camille", "Léa", "Fatima", "Aïcha", "Sarah", "Emma", "Chloé", "Inès", "Manon", "Amina",
            "Céline", "Hélène", "Nadia", "Sophie", "Laura", "Océane", "Yasmine"};
    static final String[] PRENOMS_M = {"Jean", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Mohamed",
            "Thomas", "Kevin", "Julien", "Lucas", "Hugo", "Karim", "Mamadou", "Olivier", "Stéphane", "Éric",
            "Antoine", "Youssef", "Pierre", "David", "Sébastien", "Moussa", "Théo", "Noah"};
    static final String[] SYLLABES = {"ba", "bo", "ca", "ce", "da", "di", "fa", "fo", "ga", "gi", "la", "le", "li",
            "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "si",
            "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo"};
    static final String[] FINALES = {"", "n", "t", "d", "r", "s", "l", "x"};
    /** Persons bearing a common name, in percent; the others bear a rare name of their own. */
    static final int PART_NOMS_COURANTS = 80;
    static final int NOMS_COURANTS = 100_000;
    static final double EXPOSANT_NOMS = 0.77;
    static final double DECALAGE_NOMS = 5.5;
    /**
     * The commonest name's number for {@link #syllabes}: "Marin" (ma, ri, then n); then Marit, Marid... Maro, Maron:
     * two or three syllables, before every rare name.
     */
    static final long PREMIER_NOM_COURANT = 5_017;
    /** The first rare name's number: four syllables and more, after every common name. */
    static final long PREMIER_NOM_RARE = (long) FINALES.length
            * (SYLLABES.length + SYLLABES.length * SYLLABES.length + SYLLABES.length * SYLLABES.length * SYLLABES.length
                    + 1);
    static final String[] VOIES = {"rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur",
            "rue de la Gare", "place de la Mairie", "rue des Écoles", "boulevard Gambetta", "rue du Moulin",
            "allée des Tilleuls"};
    /**
     * Birth départements written in the synthetic NIRs (metropolitan, numeric): each is followed by commune
     * {@code 000}, which INSEE never assigns, so that no generated NIR can be a real person's.
     */
    static final String[] DEPARTEMENTS_NIR;

    static {
        List<String> d = new ArrayList<>();
        for (int i = 1; i <= 95; i++) {
            if (i != 20) {
                d.add("%02d".formatted(i));
            }
        }
        DEPARTEMENTS_NIR = d.toArray(String[]::new);
    }

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** A commune sought or lived in: code, first postcode, EPCI. */
    record CommuneGen(String code, String codePostal, @Nullable String epci) {
    }

    /**
     * The referentials the generator draws from: territories and their weights, communes, quartiles, guichets.
     * {@code communesParEpci} is keyed by {@link #cleEpci}: an EPCI may straddle two départements (Métropole
     * Rouen Normandie reaches into the Eure), and a demande's communes all lie in one territory.
     */
    record Donnees(List<String> territoires, double[] cumul, Map<String, List<CommuneGen>> communes,
            Map<String, List<CommuneGen>> communesParEpci, Map<String, Integer> q1ParEpci, int q1Idf, int q1Defaut,
            Map<String, List<String>> guichets) {
    }

    /** The key of an EPCI's communes within one territory. */
    static String cleEpci(String territoire, String epci) {
        return territoire + "/" + epci;
    }

    /** The COPY lines of a block of demandes, one buffer per table. */
    static final class Bloc {
        final StringBuilder demande = new StringBuilder(1 << 20);
        final StringBuilder personne = new StringBuilder(1 << 18);
        final StringBuilder commune = new StringBuilder(1 << 16);
        final StringBuilder mouvement = new StringBuilder(1 << 21);
        final StringBuilder avertissement = new StringBuilder(1 << 12);
        final StringBuilder avis = new StringBuilder(1 << 14);
        int demandes;
        long lignes;
    }

    private final Donnees donnees;
    private final LocalDate jour;
    private final SplittableRandom hasard;
    private final Map<String, Integer> compteurs;
    private final Map<String, Integer> nirs = new HashMap<>();
    private final Map<String, String> derniereActive = new HashMap<>();
    private long id;
    private long idMouvement;
    private final String[] nomsCourants = new String[NOMS_COURANTS];
    private long nomsRares;
    private long courriels;
    /** The duplicate search's keys of the names and first names met, computed once. */
    private final Map<String, String> cles = new HashMap<>();

    /**
     * @param compteurs        the last sequence already used per territory and month ({@code territoire + MMYY}),
     *                         updated as numbers are given
     * @param dernierId        the id before the first demande's (its ids follow, one by one, in COPY order)
     * @param dernierMouvement the id before the first movement's: the movements carry their ids, one by one in the
     *                         order they are generated, so that they may be copied by several connections
     */
    GenerateurDemandes(Donnees donnees, LocalDate jour, long graine, Map<String, Integer> compteurs, long dernierId,
            long dernierMouvement) {
        this.donnees = donnees;
        this.jour = jour;
        this.hasard = new SplittableRandom(graine);
        this.compteurs = compteurs;
        this.id = dernierId;
        this.idMouvement = dernierMouvement;
    }

    Map<String, Integer> compteurs() {
        return compteurs;
    }

    long dernierId() {
        return id;
    }

    long dernierMouvement() {
        return idMouvement;
    }

    /** The next {@code nombre} demandes. */
    Bloc bloc(int nombre) {
        Bloc b = new Bloc();
        for (int k = 0; k < nombre; k++) {
            demande(b);
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------------ one demande

    private void demande(Bloc b) {
        id++;
        String territoire = donnees.territoires().get(indice(donnees.cumul(), hasard.nextDouble()));
        List<CommuneGen> communesTerritoire = donnees.communes().get(territoire);
        List<String> guichets = donnees.guichets().get(territoire);
        String guichet = guichets.get(hasard.nextInt(guichets.size()));
        boolean radiee = hasard.nextDouble() < PART_RADIEES;
        char motif = radiee ? MOTIFS[indice(cumul(PARTS_MOTIFS), hasard.nextDouble())] : 0;

        // dates: deposit, renewals, end of validity, radiation
        LocalDate radiation = null;
        LocalDate reference;
        if (radiee && motif != 'e') {
            radiation = jour.minusDays(1 + hasard.nextInt(365));
            reference = radiation;
        } else {
            reference = jour;
        }
        int a = indice(cumul(PARTS_ANCIENNETES), hasard.nextDouble());
        long jours = 365L * ANCIENNETES[a][0] + hasard.nextLong(365L * (ANCIENNETES[a][1] - ANCIENNETES[a][0]));
        LocalDate depot = reference.minusDays(jours);
        LocalDate fin;
        List<LocalDate> renouvellements = new ArrayList<>();
        if (radiee && motif == 'e') {
            depot = reference.minusDays(Math.min(jours, 365L * 7));
            // radiated by the nightly pass one month after an end of validity, within the year before the day
            do {
                depot = depot.minusYears(1);
                renouvellements.clear();
                fin = renouveler(depot, jour.minusDays(365), renouvellements);
                radiation = fin.plusMonths(1);
            } while (!radiation.isBefore(jour));
        } else {
            if (depot.isBefore(jour.minusYears(10))) {
                depot = jour.minusYears(10).plusDays(hasard.nextInt(60));
            }
            // as the nightly pass left it the night before: those due today are the day's
            fin = renouveler(depot, radiee ? reference : jour.minusDays(1), renouvellements);
        }

        String moisAnnee = NumeroUnique.moisAnnee(depot);
        int sequence = compteurs.merge(territoire + moisAnnee, 1, Integer::sum);
        String numero = NumeroUnique.composer(territoire, depot, sequence, guichet).valeur();

        // household
        Menage m = menage(territoire, communesTerritoire);
        String contenu = m.contenu(depot);
        String enregistree = horodatage(depot, 9 + hasard.nextInt(8), hasard.nextInt(60));
        boolean enLigne = hasard.nextInt(100) < 35;
        String client = "jeu-national-" + guichet.toLowerCase(java.util.Locale.ROOT);

        // warnings: 1 % of the active demandes within the last two months; the radiations c and d had one
        LocalDate avertissement = null;
        String sousMotif = null;
        boolean radiationDemandee = false;
        char motifAvertissement = 'c';
        if (!radiee && hasard.nextInt(100) == 0) {
            // from two months ago (a radiation c asked for is due today) to yesterday
            avertissement = jour.minusMonths(2).plusDays(hasard.nextInt(61));
            if (!avertissement.isBefore(jour)) {
                avertissement = jour.minusDays(1);
            }
            radiationDemandee = hasard.nextInt(3) == 0;
        } else if (radiee && (motif == 'c' || motif == 'd')) {
            // c: radiated by the pass two months after the warning; d: by the guichet, a month or more after it
            avertissement = motif == 'c' ? radiation.minusMonths(2)
                    : radiation.minusMonths(1).minusDays(hasard.nextInt(30));
            radiationDemandee = motif == 'c';
            motifAvertissement = motif;
            sousMotif = motif == 'd' ? (hasard.nextBoolean() ? SousMotifIrrecevabilite.PLAFOND_RESSOURCES
                    : SousMotifIrrecevabilite.SEJOUR_IRREGULIER).name() : null;
        }
        if (avertissement != null && avertissement.isBefore(depot)) {
            avertissement = depot;
        }

        // the notice of the current end of validity, once decided (one month before it)
        LocalDate jourAvis = fin.minusMonths(1);
        boolean avis = (!radiee && jourAvis.isBefore(jour)) || (radiee && motif == 'e');
        boolean parCourriel = enLigne && m.email != null;
        LocalDate dernierCourrier = avis ? jourAvis : null;
        if (avertissement != null && (dernierCourrier == null || avertissement.isAfter(dernierCourrier))) {
            dernierCourrier = avertissement;
        }

        String radieePar = !radiee || motif == 'e' || motif == 'f' ? null : guichet;
        String donneesRadiation = null;
        String numeroConserve = null;
        if (motif == 'a') {
            long rpls = 100_000_000L + hasard.nextInt(900_000_000);
            // the data of RadierDemande's motive a (DonneesAttribution); one dwelling in eight in a QPV, without
            // drawing (the draws of the other fields stay those of earlier datasets)
            donneesRadiation = "{\"identifiantRpls\":\"" + "RPLS" + rpls
                    + "\",\"accordCollectif\":\"" + (hasard.nextInt(10) == 0 ? AccordCollectif.ACI : AccordCollectif.AUCUN)
                    + "\",\"prioritaireDalo\":" + (hasard.nextInt(18) == 0) + ",\"contingent\":\""
                    + new Contingent[] {Contingent.BAILLEUR, Contingent.ETAT_PRIORITAIRES, Contingent.COLLECTIVITE,
                        Contingent.ACTION_LOGEMENT}[hasard
                            .nextInt(4)] + "\",\"qpv\":" + (rpls % 8 == 0) + "}";
        } else if (motif == 'f') {
            numeroConserve = derniereActive.get(territoire);
            if (numeroConserve == null) {
                motif = 'b';
                radieePar = guichet;
            } else {
                donneesRadiation = "{\"numeroUniqueConserve\":\"" + numeroConserve + "\",\"critere\":\"MEME_NIR\"}";
            }
        }
        String derniereModif = enregistree;
        if (!renouvellements.isEmpty()) {
            derniereModif = horodatage(renouvellements.getLast(), 10, 0);
        }
        if (radiation != null) {
            derniereModif = horodatage(radiation, motif == 'e' || motif == 'c' ? 0 : 11, motif == 'e' ? 30 : 0);
        } else if (avertissement != null) {
            derniereModif = horodatage(avertissement, 14, 0);
        }
        int version = renouvellements.size() + (avertissement != null ? 1 : 0) + (radiee ? 1 : 0);

        // demande
        StringBuilder d = b.demande;
        d.append(numero).append('\t').append(territoire).append('\t').append(radiee ? StatutDemande.RADIEE : StatutDemande.ACTIVE)
                .append('\t').append(depot).append('\t')
                .append(renouvellements.isEmpty() ? "\\N" : renouvellements.getLast().toString()).append('\t')
                .append(fin).append('\t').append(guichet).append('\t').append(enregistree).append('\t')
                .append(derniereModif).append('\t').append(version).append('\t').append(contenu).append('\t')
                .append(radiee ? String.valueOf(motif) : "\\N").append('\t').append(sousMotif == null || motif != 'd'
                        ? "\\N" : sousMotif).append('\t')
                .append(radiation == null ? "\\N" : radiation.toString()).append('\t')
                .append(radieePar == null ? "\\N" : radieePar).append('\t')
                .append(donneesRadiation == null ? "\\N" : donneesRadiation).append('\t').append(enLigne).append('\t')
                .append(dernierCourrier == null ? "\\N" : dernierCourrier.toString()).append('\n');
        b.lignes++;
        m.personnes(b, id);
        for (int i = 0; i < m.communes.size(); i++) {
            b.commune.append(id).append('\t').append(i + 1).append('\t').append(m.communes.get(i)).append('\n');
            b.lignes++;
        }

        // movements, in the order they happened
        String acteurApi = "{\"type\":\"CLIENT_API\",\"identifiant\":\"" + client + "\"}";
        int v = 0;
        mouvement(b, "CRE", numero, territoire, guichet, TypeActeur.CLIENT_API, client, enregistree, v,
                "\"statut\":\"ACTIVE\",\"dateDepot\":\"" + depot + "\",\"dateFinValidite\":\"" + depot.plus(
                        Demande.VALIDITE) + "\",\"numeroUniqueOrigine\":null,\"demande\":" + contenu, acteurApi);
        for (LocalDate r : renouvellements) {
            mouvement(b, "REN", numero, territoire, guichet, TypeActeur.CLIENT_API, client, horodatage(r, 10, 0), ++v,
                    "\"dateRenouvellement\":\"" + r + "\",\"dateFinValidite\":\"" + r.plus(Demande.VALIDITE)
                            + "\",\"rubriquesModifiees\":[],\"demande\":" + contenu, acteurApi);
        }
        if (avertissement != null) {
            mouvement(b, "MOD", numero, territoire, guichet, TypeActeur.CLIENT_API, client, horodatage(avertissement, 14, 0),
                    ++v, "\"rubriquesModifiees\":[],\"avertissement\":{\"motif\":\"" + motifAvertissement
                            + "\",\"sousMotif\":" + (sousMotif == null ? "null" : "\"" + sousMotif + "\"")
                            + ",\"dateEnvoi\":\"" + avertissement + "\",\"canal\":\"LRAR\",\"radiationDemandee\":"
                            + radiationDemandee + "}", acteurApi);
            b.avertissement.append(id).append('\t').append(motifAvertissement).append('\t')
                    .append(sousMotif == null ? "\\N" : sousMotif).append('\t').append(avertissement)
                    .append("\tLRAR\t").append(guichet).append('\t').append(radiationDemandee).append('\t')
                    .append(horodatage(avertissement, 14, 0)).append('\n');
            b.lignes++;
        }
        if (radiation != null) {
            String h = derniereModif;
            int vr = ++v;
            switch (motif) {
                case 'e' -> mouvement(b, "RAD", numero, territoire, guichet, TypeActeur.TRAITEMENT,
                        "traitement-quotidien", h, vr,
                        radiationTraitement('e', radiation) + ",\"dateFinValidite\":\"" + fin
                                + "\",\"dateAvertissement\":null", "{\"type\":\"TRAITEMENT\",\"identifiant\":\"traitement-quotidien\"}");
                case 'c' -> mouvement(b, "RAD", numero, territoire, guichet, TypeActeur.TRAITEMENT,
                        "traitement-quotidien", h, vr,
                        radiationTraitement('c', radiation) + ",\"dateFinValidite\":null,\"dateAvertissement\":\""
                                + avertissement + "\"",
                        "{\"type\":\"TRAITEMENT\",\"identifiant\":\"traitement-quotidien\"}");
                case 'f' -> mouvement(b, "RAD", numero, territoire, null, TypeActeur.GESTIONNAIRE_TERRITORIAL,
                        "gestionnaire-" + territoire, h, vr, radiationApi('f', null, radiation, donneesRadiation),
                        "{\"type\":\"GESTIONNAIRE_TERRITORIAL\",\"identifiant\":\"gestionnaire-" + territoire + "\"}");
                default -> mouvement(b, "RAD", numero, territoire, guichet, TypeActeur.CLIENT_API, client, h, vr,
                        radiationApi(motif, motif == 'd' ? sousMotif : null, radiation, donneesRadiation), acteurApi);
            }
        } else {
            derniereActive.put(territoire, numero);
        }
        if (avis) {
            b.avis.append(id).append('\t').append(fin).append('\t').append(jourAvis).append('\t').append(guichet)
                    .append('\t').append(!parCourriel).append('\t').append(parCourriel).append('\t')
                    .append(parCourriel ? horodatage(jourAvis, 1, 35) : "\\N").append('\t')
                    .append(parCourriel ? m.email : "\\N").append('\t').append(horodatage(jourAvis, 1, 30))
                    .append('\n');
            b.lignes++;
        }
        b.demandes++;
    }

    /**
     * The renewals from a deposit up to a day: each within the three months before the end of validity, which it
     * moves one year after it, until that end is no longer a month before the day (the nightly pass would have
     * radiated the demande).
     *
     * @return the end of validity after the last renewal
     */
    private LocalDate renouveler(LocalDate depot, LocalDate limite, List<LocalDate> renouvellements) {
        LocalDate fin = depot.plus(Demande.VALIDITE);
        while (!fin.plusMonths(1).isAfter(limite)) {
            LocalDate r = fin.minusDays(hasard.nextInt(90));
            renouvellements.add(r);
            fin = r.plus(Demande.VALIDITE);
        }
        return fin;
    }

    private static String radiationApi(char motif, @Nullable String sousMotif, LocalDate date,
            @Nullable String donnees) {
        return "\"statut\":\"RADIEE\",\"motifRadiation\":\"" + motif + "\",\"sousMotifRadiation\":"
                + (sousMotif == null ? "null" : "\"" + sousMotif + "\"") + ",\"dateRadiation\":\"" + date
                + "\",\"donneesRadiation\":" + (donnees == null ? "{}" : donnees)
                + ",\"dateFinValidite\":null,\"dateAvertissement\":null";
    }

    /** The fields of a radiation by the nightly pass (e, c) that it shares with a guichet's (RAD, version 1). */
    private static String radiationTraitement(char motif, LocalDate date) {
        return "\"statut\":\"RADIEE\",\"motifRadiation\":\"" + motif + "\",\"sousMotifRadiation\":null,"
                + "\"dateRadiation\":\"" + date + "\",\"donneesRadiation\":{}";
    }

    /**
     * One movement line: its id, the envelope of the movement document (version 1, {@code DocumentMouvement}), then
     * the type's own fields (every field of its record, null ones too), then the actor and the demande's version.
     */
    private void mouvement(Bloc b, String type, String numero, String territoire, @Nullable String guichet,
            TypeActeur acteurType, String acteurId, String horodatage, int versionDemande, String details,
            String acteur) {
        b.mouvement.append(++idMouvement).append('\t').append(type).append('\t').append(numero).append('\t').append(territoire).append('\t')
                .append(guichet == null ? "\\N" : guichet).append('\t').append(horodatage).append('\t')
                .append("{\"version\":").append(fr.sne.demande.DocumentMouvement.VERSION)
                .append(",\"type\":\"").append(type).append("\",\"territoire\":\"").append(territoire)
                .append("\",\"guichet\":").append(guichet == null ? "null" : "\"" + guichet + "\"")
                .append(",\"acteur\":").append(acteur).append(",\"horodatage\":\"").append(horodatage)
                .append("\",\"numeroUnique\":\"").append(numero).append("\",").append(details).append("}\t")
                .append(acteurType).append('\t').append(acteurId).append('\t').append(versionDemande).append('\n');
        b.lignes++;
    }

    private static String horodatage(LocalDate jour, int heure, int minute) {
        return jour.atTime(heure, minute).atOffset(ZoneOffset.UTC).format(HORODATAGE);
    }

    // ------------------------------------------------------------------------------------------------ household

    /** The persons and rubrics of one household, drawn together. */
    private final class Menage {
        final List<String> personnes = new ArrayList<>();
        final List<String> communes = new ArrayList<>();
        @Nullable String email;
        private final StringBuilder json = new StringBuilder(1200);
        private final StringBuilder lignes = new StringBuilder(400);

        void personnes(Bloc b, long demandeId) {
            for (String p : personnes) {
                b.personne.append(demandeId).append('\t').append(p).append('\n');
                b.lignes++;
            }
        }

        String contenu(LocalDate depot) {
            return json.toString().replace("@DEPOT@", depot.toString());
        }
    }

    private Menage menage(String territoire, List<CommuneGen> communesTerritoire) {
        Menage m = new Menage();
        double t = hasard.nextDouble();
        boolean couple = t >= 0.70;
        int enfants = t < 0.43 ? 0 : t < 0.70 ? 1 + geometrique() : t < 0.80 ? 0 : 1 + geometrique();
        boolean mutation = hasard.nextInt(100) < 34;
        int age = Math.clamp(Math.round(41 + 13 * hasard.nextGaussian()), 18, 90);
        LocalDate naissance = jour.minusYears(age).minusDays(hasard.nextInt(365));
        boolean femme = hasard.nextInt(100) < (couple || enfants == 0 ? 55 : 85);
        String nom = nom();

        // communes sought: the first in the territory, the others from its EPCI within the territory
        CommuneGen premiere = communesTerritoire.get(hasard.nextInt(communesTerritoire.size()));
        m.communes.add(premiere.code());
        List<CommuneGen> voisines = premiere.epci() == null ? List.of()
                : donnees.communesParEpci().getOrDefault(cleEpci(territoire, premiere.epci()), List.of());
        int nombreCommunes = 1 + hasard.nextInt(5);
        for (int i = 0; i < 8 && m.communes.size() < nombreCommunes && !voisines.isEmpty(); i++) {
            String c = voisines.get(hasard.nextInt(voisines.size())).code();
            if (!m.communes.contains(c)) {
                m.communes.add(c);
            }
        }
        CommuneGen logement = hasard.nextInt(10) < 7 ? premiere
                : communesTerritoire.get(hasard.nextInt(communesTerritoire.size()));

        // children, then the units of consumption and the resources per unit against the EPCI's first quartile
        List<LocalDate> naissancesEnfants = new ArrayList<>();
        double uc = 1 + (couple ? 0.5 : 0);
        for (int i = 0; i < enfants; i++) {
            int ageEnfant = hasard.nextInt(Math.max(1, Math.min(18, age - 16)));
            naissancesEnfants.add(jour.minusYears(ageEnfant).minusDays(hasard.nextInt(365)));
            uc += ageEnfant >= 14 ? 0.5 : 0.3;
        }
        int q1 = "111".equals(territoire) ? donnees.q1Idf()
                : premiere.epci() == null ? donnees.q1Defaut()
                : donnees.q1ParEpci().getOrDefault(premiere.epci(), donnees.q1Defaut());
        boolean premierQuartile = hasard.nextInt(100) < (mutation ? 25 : 50);
        double parUc = premierQuartile ? q1 * (0.25 + 0.75 * hasard.nextDouble())
                : q1 * (1 + 2.2 * Math.abs(hasard.nextGaussian()) * 0.6);
        double mensuel = Math.round(parUc * uc / 12 * 100) / 100.0;

        String[] prenoms = femme ? PRENOMS_F : PRENOMS_M;
        String prenom = prenoms[hasard.nextInt(prenoms.length)];
        StringBuilder j = m.json;
        j.append("{\"version\":1,\"dateDepot\":\"@DEPOT@\",\"demandeur\":");
        double partDemandeur = couple ? 0.6 : 1.0;
        adulte(m, j, "DEMANDEUR", nom, prenom, femme, naissance, couple ? "M" : enfants > 0 ? "D" : "C", null,
                mensuel * partDemandeur, premierQuartile);
        j.append(",\"coDemandeurs\":[");
        if (couple) {
            String nomConjoint = nom();
            boolean conjointeFemme = !femme;
            String[] p2 = conjointeFemme ? PRENOMS_F : PRENOMS_M;
            int ageConjoint = Math.clamp(age + hasard.nextInt(7) - 3, 18, 95);
            adulte(m, j, "CO_DEMANDEUR", nomConjoint, p2[hasard.nextInt(p2.length)], conjointeFemme,
                    jour.minusYears(ageConjoint).minusDays(hasard.nextInt(365)), "M", "M",
                    mensuel * (1 - partDemandeur), premierQuartile);
        }
        j.append("],\"personnesACharge\":[");
        for (int i = 0; i < enfants; i++) {
            boolean fille = hasard.nextBoolean();
            String[] p = fille ? PRENOMS_F : PRENOMS_M;
            String prenomEnfant = p[hasard.nextInt(p.length)];
            if (i > 0) {
                j.append(',');
            }
            j.append("{\"nom\":\"").append(nom).append("\",\"prenoms\":\"").append(prenomEnfant)
                    .append("\",\"dateNaissance\":\"").append(naissancesEnfants.get(i)).append("\",\"sexe\":\"")
                    .append(fille ? "F" : "M").append("\",\"lienParente\":\"E\",\"ressourcesMensuelles\":[]}");
            m.personnes.add("PERSONNE_A_CHARGE\t" + (i + 1) + "\t" + nom + "\t" + prenomEnfant + "\t"
                    + naissancesEnfants.get(i) + "\t" + cle(nom) + "\t" + cle(prenomEnfant) + "\t\\N");
        }
        int personnes = 1 + (couple ? 1 : 0) + enfants;
        String modele = mutation ? "HLM" : new String[] {"LP", "LP", "LP", "CPE", "CPE", "CP", "SH", "RS", "HOT",
                "SLHT", "LTG", "SD"}[hasard.nextInt(12)];
        boolean loyer = "HLM".equals(modele) || "LP".equals(modele);
        j.append("],\"adresse\":{\"voie\":\"").append(1 + hasard.nextInt(120)).append(' ')
                .append(VOIES[hasard.nextInt(VOIES.length)]).append("\",\"codePostal\":\"")
                .append(logement.codePostal()).append("\",\"commune\":\"").append(logement.code())
                .append("\"},\"contact\":{\"telephone\":\"0").append(6 + hasard.nextInt(2))
                .append("%08d".formatted(hasard.nextInt(100_000_000))).append('"');
        boolean courriel = hasard.nextInt(100) < 80;
        if (courriel) {
            // a number makes the addresses of namesakes differ, as real ones do
            m.email = cle(prenom).toLowerCase(java.util.Locale.ROOT) + "." + nom.toLowerCase(java.util.Locale.ROOT)
                    + (++courriels) + "@exemple.fr";
            j.append(",\"email\":\"").append(m.email).append('"');
        }
        j.append(",\"consentementEmail\":").append(courriel && hasard.nextInt(100) < 60)
                .append(",\"consentementSms\":false},\"logementActuel\":{\"modele\":\"").append(modele)
                .append("\",\"nombreOccupants\":").append(personnes + ("CPE".equals(modele) || "CP".equals(modele)
                        ? 1 + hasard.nextInt(3) : 0));
        if (loyer) {
            j.append(",\"loyerMensuel\":").append(250 + hasard.nextInt(700)).append(".00");
        }
        j.append(",\"surface\":").append(15 + hasard.nextInt(15 * personnes + 30)).append('}');
        String[] motifs = mutation ? new String[] {"13", "08", "17", "10", "07", "19"}
                : new String[] {"09", "01", "12", "03", "04", "11", "13", "05", "06"};
        String motif1 = motifs[hasard.nextInt(3)];
        String motif2 = motifs[3 + hasard.nextInt(motifs.length - 3)];
        j.append(",\"motifs\":[\"").append(motif1).append('"');
        if (hasard.nextBoolean()) {
            j.append(",\"").append(motif2).append('"');
        }
        String[] types = switch (personnes) {
            case 1 -> new String[] {"T1", "T2"};
            case 2 -> new String[] {"T2", "T3"};
            case 3 -> new String[] {"T3"};
            case 4 -> new String[] {"T3", "T4"};
            default -> new String[] {"T4", "T5"};
        };
        j.append("],\"logementRecherche\":{\"typesLogement\":[\"").append(String.join("\",\"", types))
                .append("\"],\"categorie\":\"").append("AAAAAAIIIM".charAt(hasard.nextInt(10)))
                .append("\",\"communesSouhaitees\":[\"").append(String.join("\",\"", m.communes))
                .append("\"],\"demandeElargie\":").append(hasard.nextBoolean()).append(",\"nombrePersonnes\":")
                .append(personnes).append("}}");
        return m;
    }

    private void adulte(Menage m, StringBuilder j, String role, String nom, String prenom, boolean femme,
            LocalDate naissance, String situation, @Nullable String lien, double mensuel, boolean modeste) {
        String nir = nir(femme, naissance);
        String[] contrats = modeste ? new String[] {"CDD", "CHO", "AUT", "CDI", "RET"}
                : new String[] {"CDI", "CDI", "CDI", "CDD", "RET", "ART"};
        String contrat = naissance.isBefore(jour.minusYears(64)) ? "RET" : contrats[hasard.nextInt(contrats.length)];
        String ressource = switch (contrat) {
            case "RET" -> "RET";
            case "CHO" -> "CHO";
            case "AUT" -> modeste ? "RSA" : "AUT";
            default -> "SAL";
        };
        j.append("{\"civilite\":\"").append(femme ? '2' : '1').append("\",\"nomNaissance\":\"").append(nom)
                .append("\",\"prenoms\":\"").append(prenom).append("\",\"dateNaissance\":\"").append(naissance)
                .append("\",\"sexe\":\"").append(femme ? 'F' : 'M').append("\",\"nationalite\":\"")
                .append(hasard.nextInt(100) < 85 ? '1' : '3').append("\",\"nir\":\"")
                .append(nir).append("\",\"situationFamiliale\":\"").append(situation).append('"');
        if (lien != null) {
            j.append(",\"lienDemandeur\":\"").append(lien).append('"');
        }
        j.append(",\"situationProfessionnelle\":{\"typeContrat\":\"").append(contrat).append("\"}");
        long montant = Math.round(mensuel * 100);
        if (montant > 0) {
            j.append(",\"revenuFiscal\":{\"montantN1\":").append(Math.round(mensuel * 12 * 0.9)).append('}')
                    .append(",\"ressourcesMensuelles\":[{\"type\":\"").append(ressource).append("\",\"montant\":")
                    .append(montant / 100).append('.').append("%02d".formatted(montant % 100)).append("}]");
        } else {
            j.append(",\"ressourcesMensuelles\":[]");
        }
        j.append('}');
        m.personnes.add(role + "\t1\t" + nom + "\t" + prenom + "\t" + naissance + "\t" + cle(nom) + "\t"
                + cle(prenom) + "\t" + nir);
    }

    /**
     * A valid NIR that belongs to nobody: sex, year and month of birth as declared, then a birth place
     * {@code DD000} (département DD, commune 000: INSEE numbers communes from 001, so no one is born there), an
     * order number, and the key {@code 97 - (N mod 97)}. The k-th person of a sex and month of birth gets the
     * (k / 999)-th département and order number k mod 999 + 1, so no two generated persons share a NIR.
     */
    private String nir(boolean femme, LocalDate naissance) {
        String debut = (femme ? "2" : "1") + "%02d%02d".formatted(naissance.getYear() % 100,
                naissance.getMonthValue());
        int k = nirs.merge(debut, 1, Integer::sum) - 1;
        if (k >= DEPARTEMENTS_NIR.length * 999) {
            throw new IllegalStateException("plus de NIR synthétiques disponibles pour " + debut);
        }
        String treize = debut + DEPARTEMENTS_NIR[k / 999] + "000" + "%03d".formatted(k % 999 + 1);
        return treize + "%02d".formatted(97 - Long.parseLong(treize) % 97);
    }

    /**
     * A birth name, from a skewed law like France's: four persons in five bear one of {@value #NOMS_COURANTS}
     * common names, the name of rank r drawn with a probability proportional to (r + {@value #DECALAGE_NOMS})
     * to the power −{@value #EXPOSANT_NOMS} (the first, as MARTIN, about 0.35 % of persons; the tenth 0.18 %; the
     * first thousand about a fifth); the fifth a rare name of their own. Names are written in syllables from their
     * rank, so two ranks never give the same name.
     */
    private String nom() {
        if (hasard.nextInt(100) < PART_NOMS_COURANTS) {
            int rang = rangNomCourant(hasard.nextDouble());
            String nom = nomsCourants[rang - 1];
            if (nom == null) {
                nom = nomDeRang(rang);
                nomsCourants[rang - 1] = nom;
            }
            return nom;
        }
        return syllabes(PREMIER_NOM_RARE + nomsRares++);
    }

    /** The rank (1 for the commonest) of a common name, by inverting the law's distribution function at u. */
    static int rangNomCourant(double u) {
        double a = Math.pow(0.5 + DECALAGE_NOMS, 1 - EXPOSANT_NOMS);
        double b = Math.pow(NOMS_COURANTS + 0.5 + DECALAGE_NOMS, 1 - EXPOSANT_NOMS);
        double x = Math.pow(a + u * (b - a), 1 / (1 - EXPOSANT_NOMS)) - DECALAGE_NOMS;
        return (int) Math.clamp(Math.round(x), 1, NOMS_COURANTS);
    }

    /** The common name of a rank: two or three syllables, "Marin" the first. */
    static String nomDeRang(int rang) {
        return syllabes(PREMIER_NOM_COURANT + rang - 1);
    }

    /**
     * The name of a number, one-to-one: its last letter (none, n, t, d, r, s, l or x) from n mod 8, then n / 8
     * written in syllables (bijective base 40: every string of syllables is the name of one number).
     */
    static String syllabes(long n) {
        StringBuilder s = new StringBuilder(12);
        for (long m = n / FINALES.length; m > 0; m = (m - 1) / SYLLABES.length) {
            s.insert(0, SYLLABES[(int) ((m - 1) % SYLLABES.length)]);
        }
        s.append(FINALES[(int) (n % FINALES.length)]);
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    /** The key of the duplicate search as the application computes it ({@code Identite}). */
    private String cle(String texte) {
        return cles.computeIfAbsent(texte, t -> fr.sne.demande.domaine.Identite.de(t, t, LocalDate.EPOCH, null)
                .nomCle());
    }

    private int geometrique() {
        int n = 0;
        while (n < 5 && hasard.nextInt(100) < 45) {
            n++;
        }
        return n;
    }

    static double[] cumul(double[] parts) {
        double[] c = new double[parts.length];
        double s = 0;
        for (int i = 0; i < parts.length; i++) {
            s += parts[i];
            c[i] = s;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= s;
        }
        return c;
    }

    static int indice(double[] cumul, double u) {
        for (int i = 0; i < cumul.length; i++) {
            if (u < cumul[i]) {
                return i;
            }
        }
        return cumul.length - 1;
    }
}
