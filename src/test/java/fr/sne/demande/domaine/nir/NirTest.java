package fr.sne.demande.domaine.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    // ------------------------------------------------------------------ independent reference implementation

    /** Key computed independently: Corsica letters replaced textually (2A -> 19, 2B -> 18), BigInteger mod 97. */
    static String cleReference(String treize) {
        String dep = treize.substring(5, 7);
        String remplace = switch (dep) {
            case "2A" -> treize.substring(0, 5) + "19" + treize.substring(7);
            case "2B" -> treize.substring(0, 5) + "18" + treize.substring(7);
            default -> treize;
        };
        int reste = new BigInteger(remplace).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", 97 - reste);
    }

    static String avecCle(String treize) {
        return treize + cleReference(treize);
    }

    /** Generates a random well-formed 13-character body (sex, year, month, place, order). */
    static String corpsAleatoire(Random r) {
        char sexe = "1278".charAt(r.nextInt(4));
        int annee = r.nextInt(100);
        int[] moisPossibles = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 31, 42, 50, 63, 99};
        int mois = moisPossibles[r.nextInt(moisPossibles.length)];
        String lieu = switch (r.nextInt(5)) {
            case 0 -> String.format("%02d%03d", 1 + r.nextInt(95), r.nextInt(1000));
            case 1 -> (r.nextBoolean() ? "2A" : "2B") + String.format("%03d", r.nextInt(1000));
            case 2 -> String.format("97%d%02d", 1 + r.nextInt(6), r.nextInt(100));
            case 3 -> String.format("99%03d", 100 + r.nextInt(400));
            default -> String.format("%05d", 1000 + r.nextInt(95000));
        };
        int ordre = 1 + r.nextInt(999);
        return String.format("%c%02d%02d%s%03d", sexe, annee, mois, lieu, ordre);
    }

    static String codeDe(ResultatNir r) {
        return r instanceof ResultatNir.Invalide i ? i.code() : "VALIDE";
    }

    // ------------------------------------------------------------------ property-style checks

    @Nested
    class Proprietes {

        @Test
        void les_nir_generes_avec_une_cle_correcte_sont_valides() {
            Random r = new Random(20240611L);
            for (int i = 0; i < 5_000; i++) {
                String nir = avecCle(corpsAleatoire(r));
                ResultatNir resultat = Nir.analyser(nir);
                assertThat(resultat).as(nir).isInstanceOf(ResultatNir.Valide.class);
                assertThat(((ResultatNir.Valide) resultat).nir().valeur()).isEqualTo(nir);
            }
        }

        @Test
        void toute_alteration_d_un_chiffre_est_detectee() {
            Random r = new Random(42L);
            int alterations = 0;
            for (int i = 0; i < 1_000; i++) {
                String nir = avecCle(corpsAleatoire(r));
                for (int pos = 0; pos < 15; pos++) {
                    char origine = nir.charAt(pos);
                    if (!Character.isDigit(origine)) {
                        continue;
                    }
                    for (char autre = '0'; autre <= '9'; autre++) {
                        if (autre == origine) {
                            continue;
                        }
                        String altere = nir.substring(0, pos) + autre + nir.substring(pos + 1);
                        assertThat(Nir.analyser(altere)).as("%s -> %s", nir, altere)
                                .isInstanceOf(ResultatNir.Invalide.class);
                        alterations++;
                    }
                }
            }
            assertThat(alterations).isGreaterThan(100_000);
        }

        @Test
        void une_mauvaise_cle_donne_NIR_CLE() {
            Random r = new Random(7L);
            for (int i = 0; i < 2_000; i++) {
                String corps = corpsAleatoire(r);
                int bonne = Integer.parseInt(cleReference(corps));
                int mauvaise = 1 + r.nextInt(97);
                if (mauvaise == bonne) {
                    continue;
                }
                ResultatNir resultat = Nir.analyser(corps + String.format("%02d", mauvaise));
                assertThat(codeDe(resultat)).as(corps).isEqualTo(Nir.CODE_CLE);
            }
        }

        @Test
        void permuter_corse_2A_et_2B_est_detecte() {
            Random r = new Random(3L);
            for (int i = 0; i < 500; i++) {
                String corps = String.format("1%02d05%s%03d%03d", r.nextInt(100), "2A", r.nextInt(1000), 1 + r.nextInt(999));
                String nir = avecCle(corps);
                assertThat(codeDe(Nir.analyser(nir))).isEqualTo("VALIDE");
                assertThat(codeDe(Nir.analyser(nir.replace("2A", "2B")))).isEqualTo(Nir.CODE_CLE);
            }
        }
    }

    // ------------------------------------------------------------------ examples

    @Test
    void exemple_classique_et_decomposition() {
        String nir = avecCle("2690549588157");
        Nir n = Nir.de(nir);
        assertThat(n.sexe()).isEqualTo('F');
        assertThat(n.estTemporaire()).isFalse();
        assertThat(n.anneeNaissance()).isEqualTo(69);
        assertThat(n.moisCode()).isEqualTo(5);
        assertThat(n.moisConnu()).isTrue();
        assertThat(n.departementNaissance()).isEqualTo("49");
        assertThat(n.lieuNaissance()).isEqualTo("49588");
        assertThat(n.numeroOrdre()).isEqualTo(157);
        assertThat(n.cle()).isEqualTo(Integer.parseInt(cleReference("2690549588157")));
        assertThat(n.formate()).isEqualTo("2 69 05 49 588 157 " + cleReference("2690549588157"));
    }

    @Test
    void corse_2A_et_2B() {
        String a = avecCle("185072A004123");
        String b = avecCle("291102B033045");
        // the key follows the "2A -> 19, 2B -> 18" rule, so it differs from a naive reading of the digits
        assertThat(cleReference("1850719004123")).isEqualTo(a.substring(13));
        assertThat(cleReference("2911018033045")).isEqualTo(b.substring(13));

        Nir na = Nir.de(a);
        assertThat(na.departementNaissance()).isEqualTo("2A");
        assertThat(na.estNeEnCorse()).isTrue();
        assertThat(Nir.de(b.toLowerCase()).valeur()).isEqualTo(b);
        // letters are only allowed as 2A / 2B in positions 6-7
        assertThat(codeDe(Nir.analyser("1850732A04123" + "00"))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser(a.replace("2A", "2C")))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser(a.replace("2A", "3A")))).isEqualTo(Nir.CODE_FORMAT);
    }

    @Test
    void les_espaces_sont_acceptes_et_la_valeur_normalisee() {
        String nir = avecCle("1840376451089");
        String saisi = " " + nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + "\u00A0"
                + nir.substring(5, 7) + "  " + nir.substring(7, 10) + "\t" + nir.substring(10, 13) + " "
                + nir.substring(13) + " ";
        ResultatNir r = Nir.analyser(saisi);
        assertThat(r).isInstanceOf(ResultatNir.Valide.class);
        assertThat(((ResultatNir.Valide) r).nir().valeur()).isEqualTo(nir).hasSize(15);

        String corse = avecCle("185072B004123");
        ResultatNir rc = Nir.analyser("1 85 07 2b 004 123 " + corse.substring(13));
        assertThat(((ResultatNir.Valide) rc).nir().valeur()).isEqualTo(corse);
    }

    @Test
    void numeros_provisoires_7_et_8() {
        Nir homme = Nir.de(avecCle("7840399123045"));
        Nir femme = Nir.de(avecCle("8900699352012"));
        assertThat(homme.estTemporaire()).isTrue();
        assertThat(homme.sexe()).isEqualTo('M');
        assertThat(femme.estTemporaire()).isTrue();
        assertThat(femme.sexe()).isEqualTo('F');
        assertThat(femme.estNeALEtranger()).isTrue();
        assertThat(Nir.de(avecCle("1840376451089")).estTemporaire()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "4", "5", "6", "9"})
    void premier_chiffre_invalide_donne_NIR_SEXE(String sexe) {
        assertThat(codeDe(Nir.analyser(avecCle(sexe + "840376451089")))).isEqualTo(Nir.CODE_SEXE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "13", "19", "43", "49"})
    void mois_impossible_donne_NIR_MOIS(String mois) {
        // the key is right, only the month is wrong
        assertThat(codeDe(Nir.analyser(avecCle("184" + mois + "76451089")))).isEqualTo(Nir.CODE_MOIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "30", "42", "50", "99"})
    void mois_d_etat_civil_incomplet_acceptes(String mois) {
        Nir nir = Nir.de(avecCle("184" + mois + "76451089"));
        assertThat(nir.moisConnu()).isFalse();
    }

    @Test
    void erreurs_de_format() {
        assertThat(codeDe(Nir.analyser(null))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser(""))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser("   "))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser("18403764510"))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser(avecCle("1840376451089") + "1"))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser("18403764510X946"))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser("1-84-03-76-451-089-46"))).isEqualTo(Nir.CODE_FORMAT);
        assertThat(codeDe(Nir.analyser(avecCle("1840376451000")))).isEqualTo(Nir.CODE_FORMAT);
        ResultatNir.Invalide i = (ResultatNir.Invalide) Nir.analyser("123");
        assertThat(i.message()).contains("15 caractères");
    }

    @Test
    void le_constructeur_refuse_une_valeur_invalide_et_toString_masque() {
        String nir = avecCle("1840376451089");
        assertThatThrownBy(() -> new Nir("1840376451089" + (nir.endsWith("00") ? "01" : "00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Nir(" " + nir)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Nir.de("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Nir(nir).toString()).doesNotContain(nir.substring(5, 13));
    }

    // ------------------------------------------------------------------ coherence with the person

    @Nested
    class Coherence {

        final Nir femmeNeeEnMai1969 = Nir.de(avecCle("2690549588157"));

        @Test
        void coherent() {
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'F', LocalDate.of(1969, 5, 23))).isEmpty();
            assertThat(femmeNeeEnMai1969.incoherencesAvec('f', LocalDate.of(1969, 5, 1))).isEmpty();
        }

        @Test
        void sexe_incoherent() {
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'M', LocalDate.of(1969, 5, 23)))
                    .containsExactly(Nir.INCOHERENCE_SEXE);
            Nir nia = Nir.de(avecCle("7840399123045"));
            assertThat(Nir.incoherences(nia, 'F', LocalDate.of(1984, 3, 2))).containsExactly(Nir.INCOHERENCE_SEXE);
            assertThat(Nir.incoherences(nia, 'M', LocalDate.of(1984, 3, 2))).isEmpty();
        }

        @Test
        void annee_ou_mois_incoherent() {
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'F', LocalDate.of(1970, 5, 23)))
                    .containsExactly(Nir.INCOHERENCE_NAISSANCE);
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'F', LocalDate.of(1969, 6, 23)))
                    .containsExactly(Nir.INCOHERENCE_NAISSANCE);
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'M', LocalDate.of(1968, 5, 23)))
                    .containsExactly(Nir.INCOHERENCE_SEXE, Nir.INCOHERENCE_NAISSANCE);
        }

        @Test
        void mois_non_renseigne_seule_l_annee_est_controlee() {
            Nir moisInconnu = Nir.de(avecCle("1843599123045"));
            assertThat(Nir.incoherences(moisInconnu, 'M', LocalDate.of(1984, 11, 30))).isEmpty();
            assertThat(Nir.incoherences(moisInconnu, 'M', LocalDate.of(1985, 11, 30)))
                    .containsExactly(Nir.INCOHERENCE_NAISSANCE);
        }

        @Test
        void corse_2A_avant_1976_ou_20_apres_est_incoherent() {
            Nir corse2A = Nir.de(avecCle("172072A004123"));
            assertThat(Nir.incoherences(corse2A, 'M', LocalDate.of(1972, 7, 14))).containsExactly(Nir.INCOHERENCE_LIEU);
            Nir corse20 = Nir.de(avecCle("1800720004123"));
            assertThat(Nir.incoherences(corse20, 'M', LocalDate.of(1980, 7, 14))).containsExactly(Nir.INCOHERENCE_LIEU);
            Nir corse2B = Nir.de(avecCle("180072B004123"));
            assertThat(Nir.incoherences(corse2B, 'M', LocalDate.of(1980, 7, 14))).isEmpty();
            assertThat(Nir.incoherences(corse2B, 'M', LocalDate.of(2080, 7, 14))).isEmpty();
        }

        @Test
        void sans_date_seul_le_sexe_est_controle() {
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'F', null)).isEmpty();
            assertThat(Nir.incoherences(femmeNeeEnMai1969, 'M', null)).containsExactly(Nir.INCOHERENCE_SEXE);
        }
    }

    @Test
    void generation_sans_doublon_de_tests_triviaux() {
        // sanity: the generator really produces varied bodies (all branches of the place switch)
        Random r = new Random(1L);
        List<String> departements = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            departements.add(corpsAleatoire(r).substring(5, 7));
        }
        assertThat(departements).contains("2A", "2B", "97", "99");
    }
}
