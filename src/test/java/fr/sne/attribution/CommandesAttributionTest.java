package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import fr.sne.attribution.application.BailCommande;
import fr.sne.attribution.application.CommissionCommande;
import fr.sne.attribution.application.DecisionCommande;
import fr.sne.attribution.application.LogementCommande;
import fr.sne.attribution.application.ReponseCommande;
import fr.sne.attribution.application.ReservataireCommande;
import fr.sne.attribution.domaine.DecisionCommission;
import fr.sne.attribution.domaine.DonneesBail;
import fr.sne.attribution.domaine.ExceptionTroisCandidats;
import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;

/**
 * The commands of the attribution chain read once at the edge: the same parser for the API's typed values and a
 * form's texts, every field in error with its path and code.
 */
class CommandesAttributionTest {

    private static List<Tuple> erreurs(ThrowingSupplier<?> lecture) {
        DonneesInvalidesException e = catchThrowableOfType(DonneesInvalidesException.class, lecture::get);
        assertThat(e).as("refusée").isNotNull();
        return e.erreurs().stream().map(x -> tuple(x.champ(), x.code())).toList();
    }

    private static Tuple erreur(String champ, CodeMotif code) {
        return tuple(champ, code.name());
    }

    @Test
    void un_logement_se_lit_des_valeurs_typees_comme_des_textes_du_formulaire() throws Throwable {
        LogementCommande json = LogementCommande.lire("NAV1", " 8 rue du Marais ", "59360", "T2",
                new BigDecimal("48.5"), new BigDecimal("365"), Financement.PLUS.name(), true, false, 3L);
        LogementCommande formulaire = LogementCommande.lire("NAV1", "8 rue du Marais", " 59360 ", "T2", "48,5",
                "365", Financement.PLUS.name(), "oui", "non", "3");
        assertThat(formulaire).isEqualTo(json);
        assertThat(json.adresse()).isEqualTo("8 rue du Marais");
        assertThat(json.financement()).isEqualTo(Financement.PLUS);
        assertThat(LogementCommande.lire("NAV1", "a", "59360", "T2", "1", "1", Financement.PLS.name(), "non", "non",
                "").reservataire()).isNull();
    }

    @Test
    void un_logement_vide_a_chaque_champ_requis_en_erreur() {
        assertThat(erreurs(() -> LogementCommande.lire(null, " ", null, "", null, null, null, null, null, null)))
                .containsExactly(erreur("identifiantRpls", CodeMotif.OBLIGATOIRE),
                        erreur("adresse", CodeMotif.OBLIGATOIRE), erreur("codeCommune", CodeMotif.OBLIGATOIRE),
                        erreur("typologie", CodeMotif.OBLIGATOIRE), erreur("surface", CodeMotif.OBLIGATOIRE),
                        erreur("loyer", CodeMotif.OBLIGATOIRE), erreur("financement", CodeMotif.OBLIGATOIRE),
                        erreur("qpv", CodeMotif.OBLIGATOIRE), erreur("adapteHandicap", CodeMotif.OBLIGATOIRE));
    }

    @Test
    void un_logement_aux_valeurs_fausses_a_chaque_champ_en_erreur() {
        assertThat(erreurs(() -> LogementCommande.lire("RPLS-1", "x".repeat(201), "59360", "T2", "quarante",
                new BigDecimal("100000.01"), "HLM", "peut-être", true, 0L)))
                .containsExactly(erreur("identifiantRpls", CodeMotif.FORMAT_INVALIDE),
                        erreur("adresse", CodeMotif.TAILLE), erreur("surface", CodeMotif.FORMAT_INVALIDE),
                        erreur("loyer", CodeMotif.HORS_BORNES), erreur("financement", CodeMotif.CODE_INCONNU),
                        erreur("qpv", CodeMotif.FORMAT_INVALIDE), erreur("reservataire", CodeMotif.HORS_BORNES));
        assertThat(erreurs(() -> LogementCommande.lire("R1", "a", "59360", "T2", "48.555", "-1", "PLUS", true, true,
                "douze"))).containsExactly(erreur("surface", CodeMotif.HORS_BORNES),
                        erreur("loyer", CodeMotif.HORS_BORNES), erreur("reservataire", CodeMotif.FORMAT_INVALIDE));
    }

    @Test
    void une_seance_lit_ses_logements_et_candidats_sous_les_chemins_de_l_api() throws Throwable {
        CommissionCommande c = CommissionCommande.lire("2026-12-01", List.of(new CommissionCommande.Ligne(4L,
                List.of("A", " B "), null), new CommissionCommande.Ligne("5", List.of("C"),
                ExceptionTroisCandidats.MANQUE_CANDIDATS.name())));
        assertThat(c.dateCommission()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(c.logements()).containsExactly(new CommissionCommande.Inscription(4, List.of("A", "B"), null),
                new CommissionCommande.Inscription(5, List.of("C"), ExceptionTroisCandidats.MANQUE_CANDIDATS));

        assertThat(erreurs(() -> CommissionCommande.lire(null, List.of()))).containsExactly(
                erreur("dateCommission", CodeMotif.OBLIGATOIRE), erreur("logements", CodeMotif.OBLIGATOIRE));
        assertThat(erreurs(() -> CommissionCommande.lire("01/12/2026", Arrays.asList(
                new CommissionCommande.Ligne(null, null, null),
                new CommissionCommande.Ligne(4L, List.of("A", " "), "AUCUNE"),
                new CommissionCommande.Ligne(4L, List.of("B"), null), null)))).containsExactly(
                        erreur("dateCommission", CodeMotif.FORMAT_INVALIDE),
                        erreur("logements[0].logement", CodeMotif.OBLIGATOIRE),
                        erreur("logements[1].exception", CodeMotif.CODE_INCONNU),
                        erreur("logements[1].candidats[1]", CodeMotif.OBLIGATOIRE),
                        erreur("logements[2].logement", CodeMotif.CHAMP_EN_DOUBLE),
                        erreur("logements[3].logement", CodeMotif.OBLIGATOIRE));
    }

    @Test
    void une_reponse_a_son_logement_et_au_plus_500_caracteres_de_motif() throws Throwable {
        assertThat(ReponseCommande.lire("12", "  ")).isEqualTo(new ReponseCommande(12, null));
        assertThat(ReponseCommande.lire(12L, " trop loin ").motif()).isEqualTo("trop loin");
        assertThat(erreurs(() -> ReponseCommande.lire(null, "x".repeat(501)))).containsExactly(
                erreur("logement", CodeMotif.OBLIGATOIRE), erreur("motif", CodeMotif.TAILLE));
    }

    @Test
    void un_bail_lit_les_donnees_r441_2_9_dans_leurs_listes() throws Throwable {
        BailCommande b = BailCommande.lire("7", "2026-11-30", DonneesBail.AccordCollectif.ACI.name(), "non",
                DonneesBail.Contingent.ACTION_LOGEMENT.name());
        assertThat(b).isEqualTo(new BailCommande(7, LocalDate.of(2026, 11, 30), DonneesBail.AccordCollectif.ACI,
                false, DonneesBail.Contingent.ACTION_LOGEMENT));
        assertThat(erreurs(() -> BailCommande.lire(null, null, null, null, null))).containsExactly(
                erreur("logement", CodeMotif.OBLIGATOIRE), erreur("dateSignature", CodeMotif.OBLIGATOIRE),
                erreur("accordCollectif", CodeMotif.OBLIGATOIRE), erreur("prioritaireDalo", CodeMotif.OBLIGATOIRE),
                erreur("contingent", CodeMotif.OBLIGATOIRE));
        assertThat(erreurs(() -> BailCommande.lire(7L, "2026-02-30", "ACX", true, "PREFET"))).containsExactly(
                erreur("dateSignature", CodeMotif.FORMAT_INVALIDE), erreur("accordCollectif", CodeMotif.CODE_INCONNU),
                erreur("contingent", CodeMotif.CODE_INCONNU));
    }

    @Test
    void un_reservataire_lit_sa_categorie_a_la_creation_seulement_et_ses_guichets_en_majuscules() throws Throwable {
        ReservataireCommande r = ReservataireCommande.creation(ReservataireCategorie.AUTRE.name(), " Ville ",
                "990 590 051", "g59al, G5903 ;g59al", "059");
        assertThat(r).isEqualTo(new ReservataireCommande(ReservataireCategorie.AUTRE, "Ville", "990590051",
                List.of("G5903", "G59AL"), "059"));
        assertThat(ReservataireCommande.modification("Ville", null, null).categorie()).isNull();
        assertThat(erreurs(() -> ReservataireCommande.creation(null, "", "12", "G59-AL", null))).containsExactly(
                erreur("categorie", CodeMotif.OBLIGATOIRE), erreur("nom", CodeMotif.OBLIGATOIRE),
                erreur("siren", CodeMotif.FORMAT_INVALIDE), erreur("guichets", CodeMotif.FORMAT_INVALIDE));
        assertThat(erreurs(() -> ReservataireCommande.creation("PREFET", "a\u202Eb", null, null, null)))
                .containsExactly(erreur("categorie", CodeMotif.CODE_INCONNU),
                        erreur("nom", CodeMotif.CARACTERE_INTERDIT));
    }

    @Test
    void une_decision_lit_ce_que_son_genre_demande_et_laisse_le_reste() throws Throwable {
        DecisionCommande rang = DecisionCommande.lire("4", "059102600000000001", DecisionCommission.ATTRIBUTION_RANG
                .name(), "2", "pièce", null, "motif", null, null, null);
        assertThat(rang).isEqualTo(new DecisionCommande(4, "059102600000000001", DecisionCommission.ATTRIBUTION_RANG,
                2, null, null, null, null, null, null));
        DecisionCommande condition = DecisionCommande.lire(4L, "N", DecisionCommission.ATTRIBUTION_CONDITION.name(),
                null, " Avis d'imposition ", LocalDate.of(2026, 12, 20), null, null, null, null);
        assertThat(condition.pieceManquante()).isEqualTo("Avis d'imposition");
        assertThat(condition.echeance()).isEqualTo(LocalDate.of(2026, 12, 20));

        assertThat(erreurs(() -> DecisionCommande.lire(null, " ", "REFUS", null, null, null, null, null, null, null)))
                .containsExactly(erreur("logement", CodeMotif.OBLIGATOIRE), erreur("numeroUnique",
                        CodeMotif.OBLIGATOIRE), erreur("decision", CodeMotif.CODE_INCONNU));
        assertThat(erreurs(() -> DecisionCommande.lire(4L, "N", DecisionCommission.ATTRIBUTION_RANG.name(), 100,
                null, null, null, null, null, null))).containsExactly(erreur("rang", CodeMotif.HORS_BORNES));
        assertThat(erreurs(() -> DecisionCommande.lire(4L, "N", DecisionCommission.ATTRIBUTION_RANG.name(), "un",
                null, null, null, null, null, null))).containsExactly(erreur("rang", CodeMotif.FORMAT_INVALIDE));
        assertThat(erreurs(() -> DecisionCommande.lire(4L, "N", DecisionCommission.ATTRIBUTION_CONDITION.name(),
                null, "x".repeat(201), null, null, null, null, null))).containsExactly(
                        erreur("pieceManquante", CodeMotif.TAILLE), erreur("echeance", CodeMotif.OBLIGATOIRE));
        assertThat(erreurs(() -> DecisionCommande.lire(4L, "N", DecisionCommission.NON_ATTRIBUTION.name(), null,
                null, null, " ", null, null, null))).containsExactly(erreur("motif", CodeMotif.OBLIGATOIRE));
        assertThat(erreurs(() -> DecisionCommande.lire(4L, "N", DecisionCommission.IRRECEVABILITE.name(), null,
                null, null, null, null, null, "hier"))).containsExactly(erreur("sousMotif", CodeMotif.OBLIGATOIRE),
                        erreur("canalAvertissement", CodeMotif.OBLIGATOIRE),
                        erreur("dateEnvoiAvertissement", CodeMotif.FORMAT_INVALIDE));
    }
}
