package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;

/** The merge of two demandes of one person (motive f of R441-2-8 CCH): the near-duplicate rule and its refusals. */
class PolitiqueFusionTest {

    private static final LocalDate NAISSANCE = LocalDate.of(1988, 4, 12);
    private static final Instant MAINTENANT = Instant.parse("2026-01-15T10:00:00Z");
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 1, 15);
    private static final Acteur GESTIONNAIRE = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");

    private static Identite id(String nom, String prenoms, LocalDate naissance, @Nullable String nir) {
        return Identite.de(nom, prenoms, naissance, nir);
    }

    private static ContenuDemande.Personne personne(String nom, String prenoms, LocalDate naissance,
            @Nullable String nir) {
        return new ContenuDemande.Personne("2", nom, null, prenoms, naissance, "F", "1", null, null, nir, "C", null,
                null, null, List.of());
    }

    private static Demande demande(String numero, LocalDate depot, StatutDemande statut,
            ContenuDemande.Personne demandeur, ContenuDemande.Personne... coDemandeurs) {
        ContenuDemande contenu = new ContenuDemande(depot, demandeur, List.of(coDemandeurs), List.of(), null, null,
                null, null, List.of("09"), null, null, null);
        return new Demande(new NumeroUnique(numero), numero.substring(0, 3), statut, depot, null, depot.plusYears(1),
                "G5901", MAINTENANT, MAINTENANT, contenu, statut == StatutDemande.RADIEE ? MotifRadiation.RENONCIATION
                        : null, null, statut == StatutDemande.RADIEE ? AUJOURDHUI : null, null, 3);
    }

    @Test
    void un_meme_nir_rapproche_quels_que_soient_les_noms_et_deux_nir_differents_separent() {
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, "288045935012300"),
                id("Martin", "Claire", NAISSANCE, "288045935012300"))).contains(PolitiqueFusion.Critere.MEME_NIR);
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, "288045935012300"),
                id("Dupont", "Claire", NAISSANCE, "288045935012401"))).isEmpty();
    }

    @Test
    void la_regle_des_doublons_puis_les_noms_proches_a_la_meme_date_de_naissance() {
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Marie", NAISSANCE, null),
                id("DUPONT", "Marie Claire", NAISSANCE, "288045935012300")))
                .contains(PolitiqueFusion.Critere.MEME_IDENTITE);
        // one typo: a letter changed, added, missing, or two neighbours swapped
        for (String variante : List.of("Dupond", "Duppont", "Dupon", "Dupnot")) {
            assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, null),
                    id(variante, "Claire", NAISSANCE, null))).as(variante)
                    .contains(PolitiqueFusion.Critere.NAISSANCE_ET_NOMS_PROCHES);
        }
        // a compound name, a long name with two typos, a first name with one
        assertThat(PolitiqueFusion.procheDoublon(id("Martin", "Claire", NAISSANCE, null),
                id("Martin-Dupont", "Claire", NAISSANCE, null))).isPresent();
        assertThat(PolitiqueFusion.procheDoublon(id("Vandenberghe", "Claire", NAISSANCE, null),
                id("Vandenburgue", "Claire", NAISSANCE, null))).isPresent();
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, null),
                id("Dupont", "Clair Anne", NAISSANCE, null))).isPresent();
        // not close: two typos in a short name, another first name, another birth date, a name without letters
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, null),
                id("Dubond", "Claire", NAISSANCE, null))).isEmpty();
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, null),
                id("Dupont", "Pauline", NAISSANCE, null))).isEmpty();
        assertThat(PolitiqueFusion.procheDoublon(id("Dupont", "Claire", NAISSANCE, null),
                id("Dupond", "Claire", NAISSANCE.plusDays(1), null))).isEmpty();
        assertThat(PolitiqueFusion.procheDoublon(id("--", "Claire", NAISSANCE, null),
                id("-", "Claire", NAISSANCE, null))).isEmpty();
    }

    @Test
    void la_fusion_radie_en_f_et_la_demande_conservee_prend_la_date_de_depot_la_plus_ancienne() {
        Demande ancienne = demande("0590325000001G5901", LocalDate.of(2025, 3, 10), StatutDemande.ACTIVE,
                personne("Dupont", "Claire", NAISSANCE, null));
        Demande recente = demande("0591125000002G5902", LocalDate.of(2025, 11, 2), StatutDemande.ACTIVE,
                personne("Dupond", "Claire", NAISSANCE, null));

        DemandesFusionnees fusion = CycleDeVieDemandeTest.acceptee(ancienne.fusionnerDans(recente, GESTIONNAIRE, MAINTENANT, AUJOURDHUI, true));

        assertThat(fusion.type()).isEqualTo(TypeMouvement.RAD);
        assertThat(fusion.radiation().motif()).isEqualTo(MotifRadiation.FUSION);
        assertThat(fusion.radiation().guichet()).isNull();
        assertThat(fusion.radiation().donnees()).isEqualTo(new DonneesRadiation.Fusion(
                new NumeroUnique("0591125000002G5902"), PolitiqueFusion.Critere.NAISSANCE_ET_NOMS_PROCHES));
        assertThat(fusion.radiation().versionAttendue()).isEqualTo(3);
        assertThat(fusion.numeroConserve().valeur()).isEqualTo("0591125000002G5902");
        assertThat(fusion.dateDepot()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(fusion.dateDepotReprise()).isTrue();
        // the other way round, the kept demande already has the earlier date
        DemandesFusionnees inverse = CycleDeVieDemandeTest.acceptee(recente.fusionnerDans(ancienne, GESTIONNAIRE, MAINTENANT, AUJOURDHUI, true));
        assertThat(inverse.dateDepot()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(inverse.dateDepotReprise()).isFalse();
    }

    @Test
    void chaque_refus_a_son_code() {
        Demande a = demande("0590325000001G5901", LocalDate.of(2025, 3, 10), StatutDemande.ACTIVE,
                personne("Dupont", "Claire", NAISSANCE, null));
        Demande b = demande("0591125000002G5902", LocalDate.of(2025, 11, 2), StatutDemande.ACTIVE,
                personne("Martin", "Paul", NAISSANCE, null), personne("Dupond", "Claire", NAISSANCE, null));
        Demande autrePersonne = demande("0591125000003G5902", LocalDate.of(2025, 11, 2), StatutDemande.ACTIVE,
                personne("Martin", "Paul", NAISSANCE, null));
        Demande radiee = demande("0591125000004G5902", LocalDate.of(2025, 11, 2), StatutDemande.RADIEE,
                personne("Dupont", "Claire", NAISSANCE, null));

        assertThat(code(a, a, true)).isEqualTo(CodeMotif.FUSION_MEME_DEMANDE);
        assertThat(code(a, radiee, true)).isEqualTo(CodeMotif.FUSION_DEMANDE_CONSERVEE_NON_ACTIVE);
        assertThat(code(radiee, a, true)).isEqualTo(CodeMotif.DEMANDE_NON_ACTIVE);
        assertThat(code(a, autrePersonne, true)).isEqualTo(CodeMotif.FUSION_PERSONNES_DIFFERENTES);
        assertThat(code(a, b, false)).isEqualTo(CodeMotif.FUSION_NON_CONFIRMEE);
        // a co-demandeur of the kept demande is the person: accepted, and said which
        assertThat(PolitiqueFusion.evaluer(a, b, true).accordee()).isTrue();
        assertThat(PolitiqueFusion.rapprocher(a.contenu(), b.contenu()))
                .contains(new PolitiqueFusion.Rapprochement(PolitiqueFusion.Critere.NAISSANCE_ET_NOMS_PROCHES, 0, 1));
        assertThat(CycleDeVieDemandeTest.code(a.fusionnerDans(autrePersonne, GESTIONNAIRE, MAINTENANT, AUJOURDHUI,
                true))).isEqualTo(CodeMotif.FUSION_PERSONNES_DIFFERENTES);
        assertThat(CycleDeVieDemandeTest.code(a.fusionnerDans(b, Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR",
                "059"), MAINTENANT, AUJOURDHUI, true))).as("un guichet ne fusionne pas")
                .isEqualTo(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
    }

    @Test
    void un_guichet_ne_radie_pas_pour_fusion() {
        Demande a = demande("0590325000001G5901", LocalDate.of(2025, 3, 10), StatutDemande.ACTIVE,
                personne("Dupont", "Claire", NAISSANCE, null));
        assertThat(CycleDeVieDemandeTest.code(a.radier(Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059"),
                MAINTENANT, AUJOURDHUI, MotifRadiation.FUSION, null, DonneesRadiation.AUCUNE, List.of()))).isEqualTo(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
    }

    private static CodeMotif code(Demande fusionnee, Demande conservee, boolean confirmee) {
        Decision decision = PolitiqueFusion.evaluer(fusionnee, conservee, confirmee);
        assertThat(decision).isInstanceOf(Refus.class);
        return ((Refus) decision).code();
    }
}
