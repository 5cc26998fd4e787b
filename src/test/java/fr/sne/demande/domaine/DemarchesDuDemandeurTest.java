package fr.sne.demande.domaine;

import static fr.sne.demande.domaine.CycleDeVieDemandeTest.acceptee;
import static fr.sne.demande.domaine.CycleDeVieDemandeTest.code;
import static fr.sne.demande.domaine.CycleDeVieDemandeTest.contenu;
import static fr.sne.demande.domaine.CycleDeVieDemandeTest.valide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;

/**
 * The applicant's own acts on the portal (issue 18 §2, ADR 0028), decided by the demande at explicit dates: he
 * modifies, renews in the window and renounces (motive b); every other act stays the guichets', and so does the
 * civil status of the demande's adults.
 */
class DemarchesDuDemandeurTest {

    private static final LocalDate DEPOT = LocalDate.of(2025, 3, 10);
    private static final Instant MAINTENANT = Instant.parse("2026-01-15T10:00:00Z");
    private static final String NUMERO = "0590325000001G5901";
    private static final Acteur DEMANDEUR = Acteur.demandeur("3f1c6a52-0000-4000-8000-000000000001", Set.of(NUMERO));
    private static final Acteur GUICHET = Acteur.clientApi("demo-g5902", "G5902", "COMMUNE", "059");

    private static Demande active(ContenuDemande contenu) {
        return new Demande(new NumeroUnique(NUMERO), "059", StatutDemande.ACTIVE, DEPOT, null, DEPOT.plusYears(1),
                "G5901", MAINTENANT, MAINTENANT, contenu, null, null, null, null, 4);
    }

    @Test
    void le_demandeur_renonce_a_sa_demande_motif_b_et_la_radiation_nomme_le_guichet_du_portail() {
        DemandeRadiee radiation = acceptee(active(contenu("Martin")).radier(DEMANDEUR, MAINTENANT,
                LocalDate.of(2026, 1, 15), MotifRadiation.RENONCIATION, null, DonneesRadiation.AUCUNE, List.of()));

        assertThat(radiation.motif()).isEqualTo(MotifRadiation.RENONCIATION);
        assertThat(radiation.guichet()).isEqualTo("GPORT");
        assertThat(radiation.acteur().type()).isEqualTo(TypeActeur.DEMANDEUR);
    }

    @Test
    void les_autres_actes_restent_aux_guichets() {
        Demande demande = active(contenu("Martin", "Durand"));
        LocalDate jour = LocalDate.of(2026, 1, 15);
        for (MotifRadiation motif : MotifRadiation.values()) {
            if (motif != MotifRadiation.RENONCIATION) {
                assertThat(demande.refus(ActionDemande.RADIER, motif, DEMANDEUR, jour, List.of()).code())
                        .as(motif.name()).isIn(CodeMotif.ACTE_RESERVE_AUX_GUICHETS,
                                CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
            }
        }
        assertThat(demande.refus(ActionDemande.AVERTIR, MotifRadiation.ABSENCE_REPONSE, DEMANDEUR, jour, List.of())
                .code()).isEqualTo(CodeMotif.ACTE_RESERVE_AUX_GUICHETS);
        assertThat(demande.refus(ActionDemande.SEPARER, null, DEMANDEUR, jour, List.of()).code())
                .isEqualTo(CodeMotif.ACTE_RESERVE_AUX_GUICHETS);
        // the same acts are open to a guichet of the territory: the refusal is the applicant's, not the demande's
        assertThat(demande.refus(ActionDemande.SEPARER, null, GUICHET, jour, List.of())).isNull();
        assertThat(demande.refus(ActionDemande.RADIER, MotifRadiation.ABSENCE_REPONSE, GUICHET, jour, List.of())
                .code()).isEqualTo(CodeMotif.AVERTISSEMENT_REQUIS);
    }

    @Test
    void le_demandeur_n_agit_que_sur_une_demande_rattachee_a_son_compte() {
        Acteur autre = Acteur.demandeur("3f1c6a52-0000-4000-8000-000000000002", Set.of("0590325000002G5901"));
        Demande demande = active(contenu("Martin"));
        assertThat(code(demande.radier(autre, MAINTENANT, LocalDate.of(2026, 1, 15), MotifRadiation.RENONCIATION,
                null, DonneesRadiation.AUCUNE, List.of()))).isEqualTo(CodeMotif.DEMANDE_NON_RATTACHEE);
        assertThat(code(demande.modifier(autre, MAINTENANT, valide(contenu("Martin")))))
                .isEqualTo(CodeMotif.DEMANDE_NON_RATTACHEE);
    }

    @Test
    void le_renouvellement_du_demandeur_suit_la_fenetre_des_trois_mois() {
        Demande demande = active(contenu("Martin"));
        LocalDate ouverture = demande.renouvelablePartirDu();
        assertThat(ouverture).isEqualTo(LocalDate.of(2025, 12, 10));

        assertThat(code(demande.renouveler(DEMANDEUR, MAINTENANT, ouverture.minusDays(1), valide(contenu("Martin")))))
                .isEqualTo(CodeMotif.RENOUVELLEMENT_HORS_FENETRE);
        DemandeRenouvelee renouvellement = acceptee(demande.renouveler(DEMANDEUR, MAINTENANT, ouverture,
                valide(contenu("Martin"))));
        assertThat(renouvellement.dateFinValidite()).isEqualTo(ouverture.plusYears(1));
    }

    @Test
    void le_demandeur_change_coordonnees_et_situation_mais_pas_l_etat_civil() {
        Demande demande = active(contenu("Martin"));
        ContenuDemande c = contenu("Martin");
        ContenuDemande autreAdresse = new ContenuDemande(c.dateDepot(), c.demandeur(), c.coDemandeurs(),
                c.personnesACharge(), null, new ContenuDemande.Adresse("2 rue B", null, null, "59000", "59350", null,
                        null), c.contact(), c.logementActuel(), List.of("09", "10"), c.logementRecherche(), null, null);
        assertThat(acceptee(demande.modifier(DEMANDEUR, MAINTENANT, valide(autreAdresse))).rubriques())
                .containsExactly("adresse", "motifs");

        // another birth name, another birth date: a guichet's correction, on an identity document
        assertThat(code(demande.modifier(DEMANDEUR, MAINTENANT, valide(contenu("Martine")))))
                .isEqualTo(CodeMotif.ETAT_CIVIL_RESERVE_AUX_GUICHETS);
        ContenuDemande.Personne p = c.demandeur();
        ContenuDemande neLeLendemain = new ContenuDemande(c.dateDepot(), new ContenuDemande.Personne(p.civilite(),
                p.nomNaissance(), p.nomUsage(), p.prenoms(), p.dateNaissance().plusDays(1), p.sexe(), p.nationalite(),
                p.paysNaissance(), p.communeNaissance(), p.nir(), p.situationFamiliale(), p.lienDemandeur(),
                p.situationProfessionnelle(), p.revenuFiscal(), p.ressourcesMensuelles()), c.coDemandeurs(),
                c.personnesACharge(), null, c.adresse(), c.contact(), c.logementActuel(), c.motifs(),
                c.logementRecherche(), null, null);
        assertThat(code(demande.modifier(DEMANDEUR, MAINTENANT, valide(neLeLendemain))))
                .isEqualTo(CodeMotif.ETAT_CIVIL_RESERVE_AUX_GUICHETS);
        assertThat(code(demande.renouveler(DEMANDEUR, MAINTENANT, LocalDate.of(2026, 1, 15),
                valide(neLeLendemain)))).isEqualTo(CodeMotif.ETAT_CIVIL_RESERVE_AUX_GUICHETS);
        // a guichet corrects it
        assertThat(acceptee(demande.modifier(GUICHET, MAINTENANT, valide(neLeLendemain))).rubriques())
                .containsExactly("demandeur");
        // a co-demandeur joins the household: his civil status is new, nobody's is changed
        assertThat(acceptee(demande.modifier(DEMANDEUR, MAINTENANT, valide(contenu("Martin", "Durand"))))
                .rubriques()).contains("coDemandeurs");
        // one leaves: that is a separation, a guichet's act
        assertThat(code(active(contenu("Martin", "Durand")).modifier(DEMANDEUR, MAINTENANT,
                valide(contenu("Martin"))))).isEqualTo(CodeMotif.ETAT_CIVIL_RESERVE_AUX_GUICHETS);
    }
}
