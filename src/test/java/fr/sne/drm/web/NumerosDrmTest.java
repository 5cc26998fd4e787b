package fr.sne.drm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.ErreurChamp;

/** The list of numéros of {@code GET /v1.0/drm/ressources}, checked before anything is read. */
class NumerosDrmTest {

    private static final String NUMERO = "0591126000001G5901";

    @Test
    void une_liste_bien_formee_passe_telle_quelle_sans_ses_blancs() {
        assertThat(RessourcesDrmController.verifier(List.of(" " + NUMERO, "0621126000002G6201 ")))
                .containsExactly(NUMERO, "0621126000002G6201");
    }

    @Test
    void aucune_trop_ou_une_mal_formee_chacune_son_code() {
        assertThat(codes(null)).containsExactly("numeros:OBLIGATOIRE");
        assertThat(codes(List.of(" ", ""))).containsExactly("numeros:OBLIGATOIRE");
        assertThat(codes(new ArrayList<>(Collections.nCopies(51, NUMERO)))).containsExactly("numeros:TAILLE");
        assertThat(RessourcesDrmController.verifier(new ArrayList<>(Collections.nCopies(50, NUMERO)))).hasSize(50);
        // hostile or careless: another length, SQL, a control character, a lower-case guichet
        assertThat(codes(Arrays.asList(NUMERO, "059112600000", "' or 1=1 --", NUMERO + "\u0000",
                "0591126000001g5901"))).containsExactly("numeros[1]:FORMAT_INVALIDE", "numeros[2]:FORMAT_INVALIDE",
                        "numeros[3]:FORMAT_INVALIDE", "numeros[4]:FORMAT_INVALIDE");
    }

    private static List<String> codes(List<String> numeros) {
        List<String> codes = new ArrayList<>();
        assertThatThrownBy(() -> RessourcesDrmController.verifier(numeros))
                .isInstanceOfSatisfying(RessourcesDrmController.NumerosRefuses.class, e -> {
                    for (ErreurChamp erreur : e.erreurs()) {
                        codes.add(erreur.champ() + ":" + erreur.code());
                    }
                });
        return codes;
    }
}
