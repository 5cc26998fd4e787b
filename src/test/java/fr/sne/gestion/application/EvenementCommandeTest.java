package fr.sne.gestion.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;

/** An event entered by a guichet, read once at the edge: code, day and comment typed, the data kept as data. */
class EvenementCommandeTest {

    private static List<String> erreurs(Object code, Object date, Object commentaire) {
        DonneesInvalidesException e = catchThrowableOfType(DonneesInvalidesException.class,
                () -> EvenementCommande.lire(code, date, commentaire, Map.of()));
        assertThat(e).as("refusé").isNotNull();
        return e.erreurs().stream().map(x -> x.champ() + " " + x.code()).toList();
    }

    @Test
    void le_json_et_le_formulaire_donnent_la_meme_commande() {
        Map<String, Object> donnees = new HashMap<>();
        donnees.put("dateDecision", "2026-03-01");
        donnees.put("public", null);
        EvenementCommande json = EvenementCommande.lire("DECISION_DALO", LocalDate.of(2026, 3, 2), null, donnees);
        EvenementCommande formulaire = EvenementCommande.lire(" DECISION_DALO ", "2026-03-02", " ",
                Map.of("dateDecision", "2026-03-01"));
        assertThat(formulaire).isEqualTo(json);
        assertThat(json.donnees()).containsOnlyKeys("dateDecision");
        assertThat(EvenementCommande.lire("X", "2026-03-02", " vu ", null).commentaire()).isEqualTo("vu");
    }

    @Test
    void sans_code_ni_date_les_champs_sont_obligatoires() {
        assertThat(erreurs(" ", null, null)).containsExactly("code " + CodeMotif.OBLIGATOIRE.name(),
                "date " + CodeMotif.OBLIGATOIRE.name());
    }

    @Test
    void une_date_mal_formee_ou_trop_ancienne_et_un_commentaire_trop_long_ou_pieges_sont_refuses() {
        assertThat(erreurs("X", "11/03/2026", "x".repeat(1001))).containsExactly(
                "date " + CodeMotif.FORMAT_INVALIDE.name(), "commentaire " + CodeMotif.TAILLE.name());
        assertThat(erreurs("X", LocalDate.of(1989, 12, 31), "visite\u202Eécrite")).containsExactly(
                "date " + CodeMotif.DATE_INVRAISEMBLABLE.name(), "commentaire " + CodeMotif.CARACTERE_INTERDIT.name());
    }
}
