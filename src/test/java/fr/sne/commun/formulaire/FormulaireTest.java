package fr.sne.commun.formulaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;

/** How a form lays out the errors of a refused submission, and the links of its pagination. */
class FormulaireTest {

    private static final Formulaire FORMULAIRE = Formulaire.de("formulaire-action", "motif", "Motif",
            "attribution.contingent", "Contingent", "confirmation", "Confirmation");

    @Test
    void une_erreur_d_un_champ_du_formulaire_est_sous_ce_champ_et_nommee_dans_le_resume() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(
                ErreurChamp.de("attribution.contingent", CodeMotif.OBLIGATOIRE)));

        assertThat(erreurs.sur("attribution.contingent")).isTrue();
        assertThat(erreurs.code("attribution.contingent")).isEqualTo(CodeMotif.OBLIGATOIRE.name());
        assertThat(erreurs.message("attribution.contingent")).isEqualTo(CodeMotif.OBLIGATOIRE.message());
        assertThat(erreurs.resume()).containsExactly(new ErreursFormulaire.Lien("attribution-contingent",
                "Contingent : " + CodeMotif.OBLIGATOIRE.message()));
        assertThat(erreurs.sur("motif")).isFalse();
        assertThat(erreurs.message("motif")).isEmpty();
    }

    @Test
    void un_champ_en_erreur_deux_fois_montre_sa_premiere_erreur_une_fois() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(
                new ErreurChamp("confirmation", CodeMotif.FORMAT_INVALIDE, "Formulaire altéré."),
                new ErreurChamp("confirmation", CodeMotif.OBLIGATOIRE, "Cochez la case.")));

        assertThat(erreurs.code("confirmation")).isEqualTo(CodeMotif.FORMAT_INVALIDE.name());
        assertThat(erreurs.resume()).extracting(ErreursFormulaire.Lien::message)
                .containsExactly("Confirmation : Formulaire altéré.");
        assertThat(erreurs.titre()).isEqualTo("Le formulaire contient une erreur");
    }

    @Test
    void une_erreur_d_un_champ_que_le_formulaire_n_a_pas_est_liee_au_formulaire() {
        ErreursFormulaire erreurs = FORMULAIRE.erreurs(List.of(
                new ErreurChamp("demandeur.nir", CodeMotif.FORMAT_INVALIDE, "NIR invalide."),
                ErreurChamp.de("motif", CodeMotif.OBLIGATOIRE)));

        assertThat(erreurs.sur("demandeur.nir")).isFalse();
        assertThat(erreurs.resume()).extracting(ErreursFormulaire.Lien::id)
                .containsExactly("formulaire-action", "motif");
        assertThat(erreurs.resume().getFirst().message()).isEqualTo("NIR invalide.");
        assertThat(erreurs.titre()).isEqualTo("Le formulaire contient 2 erreurs");
    }

    @Test
    void un_refus_donne_les_erreurs_et_le_statut_de_la_page() {
        Formulaire.Refus invalide = FORMULAIRE.refus(new DonneesInvalidesException(List.of(
                ErreurChamp.de("motif", CodeMotif.OBLIGATOIRE))));
        Formulaire.Refus conflit = FORMULAIRE.refus(new ConflitException(CodeMotif.DEMANDE_NON_ACTIVE,
                "La demande est radiée.", Map.of()));

        assertThat(invalide.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(invalide.erreurs().sur("motif")).isTrue();
        assertThat(conflit.statut()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflit.erreurs().parChamp()).isEmpty();
        assertThat(conflit.erreurs().resume()).containsExactly(
                new ErreursFormulaire.Lien("formulaire-action", "La demande est radiée."));
        IllegalStateException autre = new IllegalStateException("panne");
        assertThatThrownBy(() -> FORMULAIRE.refus(autre)).isSameAs(autre);
    }

    @Test
    void aucune_erreur() {
        assertThat(ErreursFormulaire.AUCUNE.presentes()).isFalse();
        assertThat(FORMULAIRE.erreurs(List.of()).presentes()).isFalse();
    }

    @Test
    void chaque_champ_a_son_libelle() {
        assertThat(FORMULAIRE.libelle("motif")).isEqualTo("Motif");
        assertThat(FORMULAIRE.libelle("inconnu")).isEmpty();
        assertThatThrownBy(() -> Formulaire.de("f", "seul")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void la_pagination_numerotee_garde_les_criteres_et_montre_deux_pages_de_chaque_cote() {
        Map<String, String> criteres = new LinkedHashMap<>();
        criteres.put("nom", "Émile Zola");
        criteres.put("prenom", null);
        criteres.put("numero", " ");
        Pagination pagination = Pagination.numerotee("/pro/demandes", criteres, 5, 6);

        assertThat(pagination.utile()).isTrue();
        assertThat(pagination.suivante()).isTrue();
        assertThat(pagination.voisines()).containsExactly(3, 4, 5, 6);
        assertThat(pagination.lien(2)).isEqualTo("/pro/demandes?nom=%C3%89mile%20Zola&page=2");
        assertThat(Pagination.numerotee("/pro/demandes", criteres, 1, 1).utile()).isFalse();
        assertThat(Pagination.numerotee("/pro/demandes", criteres, 6, 6).suivante()).isFalse();
    }

    @Test
    void la_pagination_sans_total_ne_montre_que_la_page_courante() {
        Pagination premiere = Pagination.sansTotal("/pro/journal", Map.of(), 1, false);
        Pagination deuxieme = Pagination.sansTotal("/pro/journal", Map.of("agent", "a&b+c"), 2, false);

        assertThat(premiere.utile()).isFalse();
        assertThat(deuxieme.utile()).isTrue();
        assertThat(deuxieme.numeroteeConnue()).isFalse();
        assertThat(deuxieme.voisines()).containsExactly(2);
        assertThat(deuxieme.lien(1)).isEqualTo("/pro/journal?agent=a%26b%2Bc&page=1");
    }

    @Test
    void l_id_d_un_champ_d_un_groupe_repete_remplace_son_rang_par_un_tiret() {
        assertThat(ErreursFormulaire.idDe("personnesACharge[1].nom")).isEqualTo("personnesACharge-1-nom");
        assertThat(ErreursFormulaire.idDe("attribution.contingent")).isEqualTo("attribution-contingent");
    }

    @Test
    void un_formulaire_en_etapes_montre_ici_les_erreurs_de_cette_etape_toutes_et_lie_les_autres_a_leur_page() {
        FormulaireEnEtapes etapes = new FormulaireEnEtapes("formulaire-etape", champ -> champ.startsWith("motifs")
                ? new FormulaireEnEtapes.Place("Motifs", "motifs", null)
                : new FormulaireEnEtapes.Place("Demandeur, Nom", champ, "/etapes/demandeur"));
        ErreursFormulaire erreurs = etapes.erreurs(List.of(ErreurChamp.de("motifs[0]", CodeMotif.OBLIGATOIRE),
                new ErreurChamp("motifs[1]", CodeMotif.FORMAT_INVALIDE, "Inconnu."),
                new ErreurChamp("demandeur.nom", CodeMotif.FORMAT_INVALIDE, "Trop long.")));

        assertThat(erreurs.parChamp()).containsOnlyKeys("motifs");
        assertThat(erreurs.message("motifs")).isEqualTo(CodeMotif.OBLIGATOIRE.message() + " Inconnu.");
        assertThat(erreurs.code("motifs")).isEqualTo(CodeMotif.OBLIGATOIRE.name());
        assertThat(erreurs.resume()).containsExactly(
                new ErreursFormulaire.Lien("motifs", "Motifs : " + CodeMotif.OBLIGATOIRE.message()),
                new ErreursFormulaire.Lien("motifs", "Motifs : Inconnu."),
                new ErreursFormulaire.Lien("demandeur-nom", "Demandeur, Nom : Trop long.", "/etapes/demandeur"));
    }
}
