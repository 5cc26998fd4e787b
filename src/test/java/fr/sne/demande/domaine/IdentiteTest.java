package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentiteTest {

    private static final LocalDate NAISSANCE = LocalDate.of(1984, 3, 12);

    @Test
    void le_nom_est_replie_sans_accents_casse_tirets_ni_apostrophes() {
        assertThat(Identite.normaliser("N'Diaye-Lefèvre")).isEqualTo("NDIAYE LEFEVRE");
        assertThat(Identite.normaliser("  Œuvray  de   la Pérouse ")).isEqualTo("OEUVRAY DE LA PEROUSE");
        assertThat(Identite.normaliser("Łukasz Straße")).isEqualTo("LUKASZ STRASSE");
        assertThat(Identite.normaliser(null)).isEmpty();
    }

    @Test
    void les_autres_ecritures_sont_translitterees() {
        assertThat(Identite.normaliser("Иванова")).isEqualTo("IVANOVA");
        assertThat(Identite.normaliser("Петрова-Иванова")).isEqualTo("PETROVA IVANOVA");
        assertThat(Identite.normaliser("Παπαδοπούλου")).isEqualTo("PAPADOPOULOU");
        assertThat(Identite.normaliser("王")).isEqualTo("WANG");
        assertThat(Identite.normaliser("Ольга")).isEqualTo("OLGA");
        assertThat(Identite.normaliser("Guðrún Þórsdóttir")).isEqualTo("GUDRUN THORSDOTTIR");
        assertThat(Identite.normaliser(" -' ")).isEmpty();
    }

    @Test
    void des_personnes_aux_noms_non_latins_differents_ne_sont_pas_confondues() {
        Identite ivanova = Identite.de("Иванова", "Anna", NAISSANCE, null);
        assertThat(ivanova.designeLaMemePersonneQue(Identite.de("Петрова", "Anna", NAISSANCE, null))).isFalse();
        assertThat(ivanova.designeLaMemePersonneQue(Identite.de("王", "Anna", NAISSANCE, null))).isFalse();
        assertThat(ivanova.designeLaMemePersonneQue(Identite.de("ИВАНОВА", "Анна", NAISSANCE, null))).isTrue();
        assertThat(ivanova.designeLaMemePersonneQue(Identite.de("ИВАНОВА", "anna", NAISSANCE, null))).isTrue();
        Identite sansLettre = Identite.de("--", "Anna", NAISSANCE, null);
        assertThat(sansLettre.designeLaMemePersonneQue(Identite.de("''", "Anna", NAISSANCE, null))).isFalse();
    }

    @Test
    void un_prenom_qui_commence_l_autre_designe_la_meme_personne() {
        Identite saisie = Identite.de("Martin", "Marie", NAISSANCE, null);
        Identite existante = Identite.de("MARTIN", "Marie-Claire", NAISSANCE, null);
        assertThat(saisie.designeLaMemePersonneQue(existante)).isTrue();
        assertThat(existante.designeLaMemePersonneQue(saisie)).isTrue();
    }

    @Test
    void des_jumelles_aux_prenoms_composes_differents_ne_sont_pas_confondues() {
        Identite anne = Identite.de("Martin", "Marie Anne", NAISSANCE, null);
        Identite louise = Identite.de("Martin", "Marie Louise", NAISSANCE, null);
        assertThat(anne.designeLaMemePersonneQue(louise)).isFalse();
    }

    @Test
    void une_autre_date_de_naissance_ou_un_autre_nom_n_est_pas_la_meme_personne() {
        Identite marie = Identite.de("Martin", "Marie", NAISSANCE, null);
        assertThat(marie.designeLaMemePersonneQue(Identite.de("Martin", "Marie", NAISSANCE.plusDays(1), null)))
                .isFalse();
        assertThat(marie.designeLaMemePersonneQue(Identite.de("Martine", "Marie", NAISSANCE, null))).isFalse();
    }

    @Test
    void le_nir_tranche_quand_les_deux_sont_connus() {
        Identite a = Identite.de("Martin", "Marie", NAISSANCE, "284037511512345");
        Identite memeNirAutreGraphie = Identite.de("Martin-Durand", "Marie", NAISSANCE, "284037511512345");
        Identite autreNir = Identite.de("Martin", "Marie", NAISSANCE, "284037511599945");
        assertThat(a.designeLaMemePersonneQue(memeNirAutreGraphie)).isTrue();
        assertThat(a.designeLaMemePersonneQue(autreNir)).isFalse();
    }
}
