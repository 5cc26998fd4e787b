package fr.sne.demande.domaine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.referentiel.Territoire;

/** The demande's lifecycle decisions at explicit dates (no clock, no Spring). */
class CycleDeVieDemandeTest {

    private static final LocalDate DEPOT = LocalDate.of(2025, 3, 10);
    private static final Instant MAINTENANT = Instant.parse("2026-01-15T10:00:00Z");
    private static final Acteur BAILLEUR = Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059");
    private static final Acteur COMMUNE = Acteur.clientApi("demo-g5902", "G5902", "COMMUNE", "059");
    /** The data of R441-2-9 CCH of a radiation a. */
    static final DonneesAttribution ATTRIBUTION = new DonneesAttribution("RPLS123", AccordCollectif.AUCUN, false,
            Contingent.BAILLEUR, true, null);

    static ContenuDemande contenu(String nom, String... coDemandeurs) {
        ContenuDemande.Personne demandeur = personne(nom);
        List<ContenuDemande.Personne> co = java.util.Arrays.stream(coDemandeurs).map(CycleDeVieDemandeTest::personne)
                .toList();
        return new ContenuDemande(DEPOT, demandeur, co, List.of(), null,
                new ContenuDemande.Adresse("1 rue A", null, null, "59000", "59350", null, null), null, LOGEMENT,
                List.of("09"), new ContenuDemande.LogementRecherche(List.of("T2"), "A", List.of("59350"), true,
                        1 + co.size()), null, null);
    }

    private static final ContenuDemande.LogementActuel LOGEMENT = new ContenuDemande.LogementActuel(null, 2, null,
            null, null, null);

    /** The content as the content validation would give it (same rubrics, typed). */
    static ContenuValide valide(ContenuDemande c) {
        return new ContenuValide(c.dateDepot(), adulte(c.demandeur()),
                c.coDemandeurs().stream().map(CycleDeVieDemandeTest::adulte).toList(), List.of(),
                c.personnesANaitre(), c.adresse(), c.contact(), c.logementActuel(), c.motifs(), c.logementRecherche(),
                c.logementRecherche().communesSouhaitees().stream().map(CodeCommune::new).toList(),
                new Territoire("059", "Nord"), c.handicap(), c.precisions());
    }

    private static ContenuValide.Adulte adulte(ContenuDemande.Personne p) {
        return new ContenuValide.Adulte(p.nomNaissance(), p.prenoms(), p.dateNaissance(), null, p);
    }

    private static ContenuDemande.Personne personne(String nom) {
        return new ContenuDemande.Personne("2", nom, null, "Claire", LocalDate.of(1988, 4, 12), "F", "1", null,
                null, null, "C", null, null, null, List.of());
    }

    private static Demande active(ContenuDemande contenu) {
        return new Demande(new NumeroUnique("0590325000001G5901"), "059", StatutDemande.ACTIVE, DEPOT, null,
                DEPOT.plusYears(1), "G5901", MAINTENANT, MAINTENANT, contenu, null, null, null, null, 4);
    }

    private static Demande radiee(MotifRadiation motif, LocalDate le, String par) {
        Demande d = active(contenu("Martin"));
        return new Demande(d.numeroUnique(), d.territoire(), StatutDemande.RADIEE, d.dateDepot(), null,
                d.dateFinValidite(), d.guichetEnregistreur(), MAINTENANT, MAINTENANT, d.contenu(), motif, null, le, par,
                7);
    }

    /** The code of a refused transition. */
    static CodeMotif code(Issue<?> issue) {
        return issue.refusee().orElseThrow(() -> new AssertionError("la transition aurait dû être refusée"))
                .code();
    }

    /** The event of an accepted transition. */
    static <E> E acceptee(Issue<E> issue) {
        return issue.ouSinon(refus -> new IllegalStateException("refusée : " + refus.code() + " " + refus.message()));
    }

    @Test
    void une_modification_nomme_les_rubriques_changees_et_garde_la_date_de_depot() {
        Demande demande = active(contenu("Martin"));
        ContenuDemande nouveau = contenu("Martin");
        nouveau = new ContenuDemande(DEPOT, nouveau.demandeur(), nouveau.coDemandeurs(),
                nouveau.personnesACharge(), null, new ContenuDemande.Adresse("2 rue B", null, null, "59000", "59350",
                        null, null), null, LOGEMENT, List.of("09", "10"), nouveau.logementRecherche(), null, null);
        ContenuDemande autreDepot = new ContenuDemande(LocalDate.of(2026, 1, 1), nouveau.demandeur(),
                nouveau.coDemandeurs(), nouveau.personnesACharge(), null, nouveau.adresse(), null, LOGEMENT,
                nouveau.motifs(), nouveau.logementRecherche(), null, null);

        DemandeModifiee modification = acceptee(demande.modifier(BAILLEUR, MAINTENANT, valide(nouveau)));

        assertThat(modification.rubriques()).containsExactly("adresse", "motifs");
        assertThat(modification.contenu().dateDepot()).isEqualTo(DEPOT);
        assertThat(modification.versionAttendue()).isEqualTo(4);
        assertThat(modification.type()).isEqualTo(TypeMouvement.MOD);
        assertThat(acceptee(demande.modifier(BAILLEUR, MAINTENANT, valide(demande.contenu()))).rubriques())
                .as("rien ne change : rien à écrire").isEmpty();
        assertThatThrownBy(() -> demande.modifier(BAILLEUR, MAINTENANT, valide(autreDepot)))
                .as("la date de dépôt ne change jamais").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void le_renouvellement_s_ouvre_trois_mois_avant_la_fin_de_validite_et_vaut_un_an() {
        Demande demande = active(contenu("Martin"));
        LocalDate ouverture = DEPOT.plusYears(1).minusMonths(3);

        assertThat(code(demande.renouveler(BAILLEUR, MAINTENANT, ouverture.minusDays(1), valide(demande.contenu()))))
                .isEqualTo(CodeMotif.RENOUVELLEMENT_HORS_FENETRE);
        Refus refus = demande.renouveler(BAILLEUR, MAINTENANT, ouverture.minusDays(1), valide(demande.contenu()))
                .refusee().orElseThrow();
        assertThat(refus.details()).containsEntry("renouvelablePartirDu", ouverture);
        assertThat(refus.detailsTexte()).containsEntry("renouvelablePartirDu", ouverture.toString());
        assertThat(refus.message()).isEqualTo(CodeMotif.RENOUVELLEMENT_HORS_FENETRE.message(Map.of("numero",
                demande.numeroUnique(), "dateFinValidite", DEPOT.plusYears(1), "renouvelablePartirDu", ouverture)));
        DemandeRenouvelee renouvellement = acceptee(demande.renouveler(BAILLEUR, MAINTENANT, ouverture, valide(demande.contenu())));
        assertThat(renouvellement.dateFinValidite()).isEqualTo(ouverture.plusYears(1));
        assertThat(renouvellement.dateRenouvellement()).isEqualTo(ouverture);
        // after the end of validity, while the nightly pass has not radiated it yet, it can still be renewed
        LocalDate apresFin = DEPOT.plusYears(1).plusDays(20);
        assertThat(acceptee(demande.renouveler(COMMUNE, MAINTENANT, apresFin, valide(demande.contenu()))).dateFinValidite())
                .isEqualTo(apresFin.plusYears(1));
    }

    @Test
    void une_radiation_pour_absence_de_reponse_attend_un_mois_apres_l_avertissement_du_meme_guichet() {
        Demande demande = active(contenu("Martin"));
        LocalDate envoi = LocalDate.of(2025, 11, 5);
        List<Avertissement> avertissements = List.of(new Avertissement(MotifRadiation.ABSENCE_REPONSE, null, envoi,
                "LRAR", "G5902", false));

        assertThat(code(demande.radier(COMMUNE, MAINTENANT, envoi.plusMonths(1).minusDays(1),
                MotifRadiation.ABSENCE_REPONSE, null, DonneesRadiation.AUCUNE, avertissements)))
                .isEqualTo(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE);
        assertThat(code(demande.radier(BAILLEUR, MAINTENANT, envoi.plusMonths(2),
                MotifRadiation.ABSENCE_REPONSE, null, DonneesRadiation.AUCUNE, avertissements)))
                .as("averti par un autre guichet").isEqualTo(CodeMotif.AVERTISSEMENT_REQUIS);
        assertThat(code(demande.radier(COMMUNE, MAINTENANT, envoi.plusMonths(2),
                MotifRadiation.ABSENCE_REPONSE, null, DonneesRadiation.AUCUNE, List.of())))
                .isEqualTo(CodeMotif.AVERTISSEMENT_REQUIS);

        DemandeRadiee radiation = acceptee(demande.radier(COMMUNE, MAINTENANT, envoi.plusMonths(1),
                MotifRadiation.ABSENCE_REPONSE, null, DonneesRadiation.AUCUNE, avertissements));
        assertThat(radiation.motif()).isEqualTo(MotifRadiation.ABSENCE_REPONSE);
        assertThat(radiation.dateRadiation()).isEqualTo(envoi.plusMonths(1));
    }

    @Test
    void l_irrecevabilite_et_l_attribution_sont_des_actes_de_bailleur_et_e_celui_du_traitement_de_nuit() {
        Demande demande = active(contenu("Martin"));
        LocalDate envoi = LocalDate.of(2025, 11, 5);
        List<Avertissement> avertissements = List.of(new Avertissement(MotifRadiation.IRRECEVABILITE,
                "PLAFOND_RESSOURCES", envoi, "LRAR", "G5901", false));

        assertThat(code(demande.radier(COMMUNE, MAINTENANT, envoi.plusMonths(2), MotifRadiation.IRRECEVABILITE,
                SousMotifIrrecevabilite.PLAFOND_RESSOURCES, DonneesRadiation.AUCUNE, avertissements)))
                .isEqualTo(CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR);
        assertThat(code(demande.radier(COMMUNE, MAINTENANT, envoi, MotifRadiation.ATTRIBUTION, null,
                ATTRIBUTION, List.of()))).isEqualTo(CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR);
        assertThat(code(demande.radier(BAILLEUR, MAINTENANT, envoi, MotifRadiation.NON_RENOUVELLEMENT, null,
                DonneesRadiation.AUCUNE, List.of()))).isEqualTo(CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT);
        assertThat(acceptee(demande.radier(BAILLEUR, MAINTENANT, envoi.plusMonths(1), MotifRadiation.IRRECEVABILITE,
                SousMotifIrrecevabilite.PLAFOND_RESSOURCES, DonneesRadiation.AUCUNE, avertissements)).sousMotif()).isEqualTo(SousMotifIrrecevabilite.PLAFOND_RESSOURCES);
    }

    @Test
    void une_radiation_porte_les_donnees_de_son_motif_et_seulement_celles_ci() {
        Demande demande = active(contenu("Martin"));
        LocalDate jour = LocalDate.of(2025, 11, 5);

        DemandeRadiee attribution = acceptee(demande.radier(BAILLEUR, MAINTENANT, jour, MotifRadiation.ATTRIBUTION,
                null, ATTRIBUTION, List.of()));
        assertThat(attribution.donnees()).isEqualTo(ATTRIBUTION);
        assertThat(attribution.attribution()).isEqualTo(ATTRIBUTION);
        DemandeRadiee renonciation = acceptee(demande.radier(BAILLEUR, MAINTENANT, jour, MotifRadiation.RENONCIATION,
                SousMotifIrrecevabilite.PLAFOND_RESSOURCES, DonneesRadiation.AUCUNE, List.of()));
        assertThat(renonciation.sousMotif()).as("only d has a sub-motive").isNull();
        assertThat(renonciation.attribution()).isNull();

        assertThatThrownBy(() -> demande.radier(BAILLEUR, MAINTENANT, jour, MotifRadiation.ATTRIBUTION, null,
                DonneesRadiation.AUCUNE, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> demande.radier(BAILLEUR, MAINTENANT, jour, MotifRadiation.RENONCIATION, null,
                ATTRIBUTION, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DonneesAttribution("RPLS-1", AccordCollectif.AUCUN, false, Contingent.BAILLEUR,
                false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DonneesAttribution("RPLS1", AccordCollectif.AUCUN, false, Contingent.BAILLEUR,
                false, 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void une_demande_radiee_pour_non_renouvellement_se_reactive_jusqu_a_t_plus_18_et_se_renouvelle() {
        LocalDate finValidite = DEPOT.plusYears(1);
        Demande demande = radiee(MotifRadiation.NON_RENOUVELLEMENT, finValidite.plusMonths(1), null);
        LocalDate t18 = finValidite.plusMonths(6);

        DemandeReactivee reactivation = acceptee(demande.reactiver(COMMUNE, MAINTENANT, t18));
        assertThat(reactivation.type()).isEqualTo(TypeMouvement.REN);
        assertThat(reactivation.dateFinValidite()).isEqualTo(t18.plusYears(1));
        assertThat(reactivation.dateRenouvellement()).isEqualTo(t18);
        assertThat(code(demande.reactiver(COMMUNE, MAINTENANT, t18.plusDays(1))))
                .isEqualTo(CodeMotif.REACTIVATION_HORS_DELAI);
    }

    @Test
    void une_demande_radiee_pour_absence_de_reponse_se_reactive_cinq_mois_par_le_guichet_qui_l_a_radiee() {
        LocalDate radiation = LocalDate.of(2025, 9, 1);
        Demande demande = radiee(MotifRadiation.ABSENCE_REPONSE, radiation, "G5902");

        DemandeReactivee reactivation = acceptee(demande.reactiver(COMMUNE, MAINTENANT, radiation.plusMonths(5)));
        assertThat(reactivation.type()).isEqualTo(TypeMouvement.MOD);
        assertThat(reactivation.dateFinValidite()).isEqualTo(demande.dateFinValidite());
        assertThat(code(demande.reactiver(BAILLEUR, MAINTENANT, radiation.plusMonths(1))))
                .isEqualTo(CodeMotif.REACTIVATION_RESERVEE_AU_GUICHET_RADIANT);
        assertThat(code(demande.reactiver(COMMUNE, MAINTENANT, radiation.plusMonths(5).plusDays(1))))
                .isEqualTo(CodeMotif.REACTIVATION_HORS_DELAI);
    }

    @Test
    void les_autres_motifs_sont_definitifs_et_une_demande_radiee_ne_change_plus() {
        Demande renoncee = radiee(MotifRadiation.RENONCIATION, LocalDate.of(2025, 9, 1), "G5901");

        assertThat(code(renoncee.reactiver(BAILLEUR, MAINTENANT, LocalDate.of(2025, 9, 2))))
                .isEqualTo(CodeMotif.REACTIVATION_IMPOSSIBLE);
        assertThat(code(renoncee.modifier(BAILLEUR, MAINTENANT, valide(contenu("Autre")))))
                .isEqualTo(CodeMotif.DEMANDE_NON_ACTIVE);
        assertThat(code(renoncee.radier(BAILLEUR, MAINTENANT, LocalDate.of(2025, 9, 2),
                MotifRadiation.RENONCIATION, null, DonneesRadiation.AUCUNE, List.of()))).isEqualTo(CodeMotif.DEMANDE_NON_ACTIVE);
        assertThat(code(active(contenu("Martin")).reactiver(BAILLEUR, MAINTENANT, DEPOT)))
                .isEqualTo(CodeMotif.DEMANDE_ACTIVE);
    }

    @Test
    void un_co_demandeur_separe_part_avec_la_date_de_depot_d_origine() {
        Demande demande = active(contenu("Martin", "Durand"));

        CoDemandeurSepare separation = acceptee(demande.separer(COMMUNE, MAINTENANT, 1, valide(contenu("Durand")),
                valide(contenu("Martin"))));

        assertThat(separation.type()).isEqualTo(TypeMouvement.CRS);
        assertThat(separation.nouvelle().dateDepot()).isEqualTo(DEPOT);
        assertThat(separation.nouvelle().moisAnnee()).isEqualTo("0325");
        assertThat(separation.nouvelle().guichet()).isEqualTo("G5902");
        assertThat(separation.original().rubriques()).contains("coDemandeurs");
        assertThat(code(demande.separer(COMMUNE, MAINTENANT, 2, valide(contenu("Durand")), valide(contenu("Martin")))))
                .isEqualTo(CodeMotif.CO_DEMANDEUR_INTROUVABLE);
    }
}
