package fr.sne.demande.jeunational;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.sne.demande.domaine.nir.Nir;
import fr.sne.demande.domaine.nir.ResultatNir;
import fr.sne.referentiel.internal.ReferentielGeographiqueCsv;

/**
 * The generator is deterministic from its seed, its NIRs are valid and nobody's, and its birth names follow a skewed
 * law like France's.
 */
class GenerateurDemandesTest {

    static final ReferentielGeographiqueCsv GEOGRAPHIE = new ReferentielGeographiqueCsv();
    static final LocalDate JOUR = LocalDate.of(2026, 12, 7);

    static GenerateurDemandes.Donnees donnees() throws Exception {
        Map<String, List<String>> guichets = new TreeMap<>();
        for (String t : List.of("059", "062", "013", "069", "033", "111")) {
            guichets.put(t, List.of("GJ" + t, "GK" + t));
        }
        return new PartieDemandes(GEOGRAPHIE, Clock.systemUTC(), null, null).donnees(guichets);
    }

    static String lignes(long graine, int nombre) throws Exception {
        GenerateurDemandes.Bloc b = new GenerateurDemandes(donnees(), JOUR, graine, new HashMap<>(), 100, 0)
                .bloc(nombre);
        return b.demande + "|" + b.personne + "|" + b.commune + "|" + b.mouvement + "|" + b.avertissement + "|"
                + b.avis;
    }

    @Test
    void la_meme_graine_donne_les_memes_lignes_une_autre_graine_d_autres() throws Exception {
        String une = lignes(42, 3_000);
        assertThat(lignes(42, 3_000)).isEqualTo(une);
        assertThat(lignes(43, 3_000)).isNotEqualTo(une);
    }

    @Test
    void les_nir_sont_valides_uniques_et_nes_dans_une_commune_000_que_l_insee_n_attribue_jamais() throws Exception {
        assertThat(GEOGRAPHIE.toutesLesCommunes()).noneMatch(c -> c.code().endsWith("000"));
        GenerateurDemandes.Bloc b = new GenerateurDemandes(donnees(), JOUR, 1, new HashMap<>(), 0, 0).bloc(5_000);
        Set<String> vus = new HashSet<>();
        for (String ligne : b.personne.toString().split("\n")) {
            String nir = ligne.substring(ligne.lastIndexOf('\t') + 1);
            if (nir.equals("\\N")) {
                continue;
            }
            assertThat(Nir.analyser(nir)).as(nir).isInstanceOf(ResultatNir.Valide.class);
            assertThat(nir.substring(7, 10)).isEqualTo("000");
            assertThat(vus.add(nir)).as(nir).isTrue();
        }
        assertThat(vus).hasSizeGreaterThan(5_000);
    }

    /**
     * A demande seeks communes of one territory (the validation refuses TERRITOIRES_MULTIPLES), though an EPCI may
     * straddle two départements: Métropole Rouen Normandie (Seine-Maritime) has communes in the Eure.
     */
    @Test
    void les_communes_souhaitees_d_une_demande_sont_d_un_seul_territoire() throws Exception {
        Map<String, List<String>> guichets = new TreeMap<>();
        for (String t : List.of("027", "076")) {
            guichets.put(t, List.of("GJ" + t));
        }
        GenerateurDemandes.Donnees normandie = new PartieDemandes(GEOGRAPHIE, Clock.systemUTC(), null, null).donnees(guichets);
        assertThat(GEOGRAPHIE.communesDuTerritoire("027")).as("an EPCI of the Eure with communes in Seine-Maritime")
                .anyMatch(c -> c.sirenEpci() != null && GEOGRAPHIE.communesDeEpci(c.sirenEpci()).stream()
                        .anyMatch(autre -> autre.codeDepartement().equals("76")));
        Map<String, Set<String>> territoiresParDemande = new HashMap<>();
        GenerateurDemandes.Bloc b = new GenerateurDemandes(normandie, JOUR, 3, new HashMap<>(), 0, 0).bloc(5_000);
        for (String ligne : b.commune.toString().split("\n")) {
            String[] colonnes = ligne.split("\t");
            String territoire = GEOGRAPHIE.territoireDeCommune(GEOGRAPHIE.commune(colonnes[2]).orElseThrow()).code();
            territoiresParDemande.computeIfAbsent(colonnes[0], id -> new HashSet<>()).add(territoire);
        }
        assertThat(territoiresParDemande).hasSizeGreaterThan(4_000)
                .allSatisfy((id, territoires) -> assertThat(territoires).as(id).hasSize(1));
    }

    @Test
    void les_numeros_suivent_les_compteurs_deja_en_base() throws Exception {
        Map<String, Integer> compteurs = new HashMap<>();
        for (LocalDate mois = JOUR.minusYears(11); !mois.isAfter(JOUR); mois = mois.plusMonths(1)) {
            compteurs.put("059" + fr.sne.demande.domaine.NumeroUnique.moisAnnee(mois), 41);
        }
        GenerateurDemandes g = new GenerateurDemandes(donnees(), JOUR, 5, compteurs, 0, 0);
        int du059 = 0;
        for (String ligne : g.bloc(3_000).demande.toString().split("\n")) {
            fr.sne.demande.domaine.NumeroUnique numero = new fr.sne.demande.domaine.NumeroUnique(
                    ligne.substring(0, 18));
            if (numero.territoire().equals("059")) {
                du059++;
                assertThat(numero.sequence()).as(numero.valeur()).isGreaterThan(41);
                assertThat(g.compteurs().get("059" + numero.moisAnnee())).isGreaterThanOrEqualTo(numero.sequence());
            }
        }
        assertThat(du059).isPositive();
    }

    /** The adults' lines of demande_personne: id, role, rank, name, first names, birth date, keys, NIR. */
    static List<String[]> adultes(GenerateurDemandes.Bloc b) {
        return java.util.Arrays.stream(b.personne.toString().split("\n")).map(l -> l.split("\t"))
                .filter(c -> !c[1].equals("PERSONNE_A_CHARGE")).toList();
    }

    @Test
    void les_noms_de_naissance_suivent_une_loi_asymetrique_avec_une_longue_traine() throws Exception {
        List<String[]> adultes = adultes(new GenerateurDemandes(donnees(), JOUR, 11, new HashMap<>(), 0, 0)
                .bloc(40_000));
        Map<String, Integer> porteurs = new HashMap<>();
        for (String[] a : adultes) {
            porteurs.merge(a[6], 1, Integer::sum);
        }
        Map.Entry<String, Integer> premier = porteurs.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        // the commonest, as MARTIN in France, borne by about 0.35 % of persons: Marin, the first rank
        assertThat(premier.getKey()).isIn(List.of(1, 2, 3).stream()
                .map(r -> GenerateurDemandes.nomDeRang(r).toUpperCase(java.util.Locale.ROOT)).toList());
        assertThat(porteurs.get("MARIN") * 100.0 / adultes.size()).isBetween(0.25, 0.45);
        // common names shared by many; a long tail of names borne by one person only (a fifth of rare names, and
        // common ones of a low rank)
        long seuls = porteurs.values().stream().filter(n -> n == 1).count();
        assertThat(seuls * 100.0 / adultes.size()).isBetween(20.0, 80.0);
        assertThat(porteurs.values().stream().filter(n -> n >= 20).count()).isGreaterThan(100);
    }

    /**
     * Namesakes are distinct persons (their NIRs differ), and the same name with the same birth date within a
     * territory, the duplicate search's key, stays rare, as between real namesakes.
     */
    @Test
    void les_homonymes_nes_le_meme_jour_sur_un_territoire_restent_rares() throws Exception {
        GenerateurDemandes.Bloc b = new GenerateurDemandes(donnees(), JOUR, 12, new HashMap<>(), 0, 0).bloc(40_000);
        Map<String, String> territoires = new HashMap<>();
        for (String ligne : b.demande.toString().split("\n")) {
            territoires.put(String.valueOf(territoires.size() + 1), ligne.substring(18 + 1, 18 + 4));
        }
        List<String[]> adultes = adultes(b);
        Map<String, Integer> cles = new HashMap<>();
        Set<String> nirs = new HashSet<>();
        for (String[] a : adultes) {
            cles.merge(territoires.get(a[0]) + "|" + a[6] + "|" + a[5], 1, Integer::sum);
            assertThat(nirs.add(a[8])).as(a[8]).isTrue();
        }
        long partagees = cles.values().stream().filter(n -> n > 1).mapToLong(Integer::longValue).sum();
        assertThat(partagees * 100.0 / adultes.size()).isLessThan(0.5);
    }

    @Test
    void deux_numeros_ne_donnent_jamais_le_meme_nom() {
        Set<String> noms = new HashSet<>();
        for (int rang = 1; rang <= GenerateurDemandes.NOMS_COURANTS; rang++) {
            assertThat(noms.add(GenerateurDemandes.nomDeRang(rang))).isTrue();
        }
        for (long n = GenerateurDemandes.PREMIER_NOM_RARE; n < GenerateurDemandes.PREMIER_NOM_RARE + 200_000; n++) {
            assertThat(noms.add(GenerateurDemandes.syllabes(n))).as("n = " + n).isTrue();
        }
        assertThat(GenerateurDemandes.rangNomCourant(0)).isEqualTo(1);
        assertThat(GenerateurDemandes.rangNomCourant(Math.nextDown(1.0))).isEqualTo(GenerateurDemandes.NOMS_COURANTS);
    }
}
