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

/** The generator is deterministic from its seed, and its NIRs are valid and nobody's. */
class GenerateurDemandesTest {

    static final ReferentielGeographiqueCsv GEOGRAPHIE = new ReferentielGeographiqueCsv();
    static final LocalDate JOUR = LocalDate.of(2026, 12, 7);

    static GenerateurDemandes.Donnees donnees() throws Exception {
        Map<String, List<String>> guichets = new TreeMap<>();
        for (String t : List.of("059", "062", "013", "069", "033", "111")) {
            guichets.put(t, List.of("GJ" + t, "GK" + t));
        }
        return new PartieDemandes(GEOGRAPHIE, Clock.systemUTC()).donnees(guichets);
    }

    static String lignes(long graine, int nombre) throws Exception {
        GenerateurDemandes.Bloc b = new GenerateurDemandes(donnees(), JOUR, graine, new HashMap<>(), 100)
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
        GenerateurDemandes.Bloc b = new GenerateurDemandes(donnees(), JOUR, 1, new HashMap<>(), 0).bloc(5_000);
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
        GenerateurDemandes.Donnees normandie = new PartieDemandes(GEOGRAPHIE, Clock.systemUTC()).donnees(guichets);
        assertThat(GEOGRAPHIE.communesDuTerritoire("027")).as("an EPCI of the Eure with communes in Seine-Maritime")
                .anyMatch(c -> c.sirenEpci() != null && GEOGRAPHIE.communesDeEpci(c.sirenEpci()).stream()
                        .anyMatch(autre -> autre.codeDepartement().equals("76")));
        Map<String, Set<String>> territoiresParDemande = new HashMap<>();
        GenerateurDemandes.Bloc b = new GenerateurDemandes(normandie, JOUR, 3, new HashMap<>(), 0).bloc(5_000);
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
        GenerateurDemandes g = new GenerateurDemandes(donnees(), JOUR, 5, compteurs, 0);
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
}
