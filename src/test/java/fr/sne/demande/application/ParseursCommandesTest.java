package fr.sne.demande.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.application.ParseurAvertissement.AvertissementSaisi;
import fr.sne.demande.application.ParseurFusion.FusionSaisie;
import fr.sne.demande.application.ParseurRadiation.Attribution;
import fr.sne.demande.application.ParseurRadiation.RadiationSaisie;
import fr.sne.demande.application.ParseurSeparation.SeparationSaisie;
import fr.sne.demande.domaine.AccordCollectif;
import fr.sne.demande.domaine.CanalAvertissement;
import fr.sne.demande.domaine.Contingent;
import fr.sne.demande.domaine.DonneesAttribution;
import fr.sne.demande.domaine.DonneesRadiation;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;

/** Each lifecycle request is read once into its command: each bad input gives its field and code, all at once. */
class ParseursCommandesTest {

    private static final Attribution ATTRIBUTION = new Attribution("RPLS0001", "ACI", true, "COLLECTIVITE", false, 7L);
    private static final LocalDate ENVOI = LocalDate.of(2026, 3, 2);
    private static final LocalDate AUJOURDHUI = ENVOI.plusDays(3);

    // --- radiation -----------------------------------------------------------------------------------------

    @Test
    void une_radiation_pour_attribution_donne_ses_donnees_typees() {
        CommandeRadiation commande = ParseurRadiation.lire(new RadiationSaisie("a", null, ATTRIBUTION, null));

        assertThat(commande).isEqualTo(new CommandeRadiation.PourAttribution(new DonneesAttribution("RPLS0001",
                AccordCollectif.ACI, true, Contingent.COLLECTIVITE, false, 7L)));
        assertThat(commande.motif()).isEqualTo(MotifRadiation.ATTRIBUTION);
        assertThat(commande.sousMotif()).isNull();
    }

    @Test
    void chaque_motif_a_sa_commande_et_seule_d_a_un_sous_motif() {
        assertThat(ParseurRadiation.lire(new RadiationSaisie("b", null, null, null)))
                .isEqualTo(new CommandeRadiation.Renonciation());
        assertThat(ParseurRadiation.lire(new RadiationSaisie("c", null, ATTRIBUTION, null)))
                .as("the attribution data of another motive are not read")
                .isEqualTo(new CommandeRadiation.AbsenceReponse());
        CommandeRadiation d = ParseurRadiation.lire(new RadiationSaisie("d", "SEJOUR_IRREGULIER", null, null));
        assertThat(d).isEqualTo(new CommandeRadiation.Irrecevabilite(SousMotifIrrecevabilite.SEJOUR_IRREGULIER));
        assertThat(d.donnees()).isEqualTo(DonneesRadiation.AUCUNE);
        // e and f are read, and refused by the demande to a guichet
        assertThat(ParseurRadiation.lire(new RadiationSaisie("e", null, null, null)).motif())
                .isEqualTo(MotifRadiation.NON_RENOUVELLEMENT);
        assertThat(ParseurRadiation.lire(new RadiationSaisie("f", null, null, "0590326000003G5901")))
                .isEqualTo(new CommandeRadiation.Fusion());
    }

    @Test
    void un_motif_absent_ou_inconnu_et_un_sous_motif_mal_place_sont_refuses_ensemble() {
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie(null, null, null, null)),
                tuple("motif", "OBLIGATOIRE"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie(" ", null, null, null)),
                tuple("motif", "OBLIGATOIRE"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("z", "PLAFOND_RESSOURCES", null, null)),
                tuple("motif", "MOTIF_INCONNU"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("d", null, null, null)),
                tuple("sousMotif", "OBLIGATOIRE"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("d", "AUTRE", null, null)),
                tuple("sousMotif", "CODE_INCONNU"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("b", "PLAFOND_RESSOURCES", null, null)),
                tuple("sousMotif", "NON_APPLICABLE"));
    }

    @Test
    void une_attribution_absente_ou_incomplete_est_refusee_champ_par_champ() {
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("a", null, null, null)),
                tuple("attribution", "OBLIGATOIRE"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("a", null,
                new Attribution(null, null, null, null, null, null), null)),
                tuple("attribution.identifiantRpls", "OBLIGATOIRE"),
                tuple("attribution.accordCollectif", "OBLIGATOIRE"),
                tuple("attribution.prioritaireDalo", "OBLIGATOIRE"),
                tuple("attribution.contingent", "OBLIGATOIRE"),
                tuple("attribution.qpv", "OBLIGATOIRE"));
        refuse(() -> ParseurRadiation.lire(new RadiationSaisie("a", "PLAFOND_RESSOURCES",
                new Attribution("RPLS-01", "ACR", false, "ETAT", true, 0L), null)),
                tuple("sousMotif", "NON_APPLICABLE"),
                tuple("attribution.identifiantRpls", "FORMAT_INVALIDE"),
                tuple("attribution.accordCollectif", "CODE_INCONNU"),
                tuple("attribution.contingent", "CODE_INCONNU"),
                tuple("attribution.reservataire", "HORS_BORNES"));
    }

    // --- warning -------------------------------------------------------------------------------------------

    @Test
    void un_avertissement_donne_sa_commande_typee() {
        assertThat(ParseurAvertissement.lire(new AvertissementSaisi("c", null, ENVOI, "LRAR", true), AUJOURDHUI))
                .isEqualTo(new CommandeAvertissement(MotifRadiation.ABSENCE_REPONSE, null, ENVOI,
                        CanalAvertissement.LRAR, true));
        assertThat(ParseurAvertissement.lire(new AvertissementSaisi("d", "PLAFOND_RESSOURCES", ENVOI,
                "AUTRE_PREUVE_DEPOT", null), AUJOURDHUI))
                .isEqualTo(new CommandeAvertissement(MotifRadiation.IRRECEVABILITE,
                        SousMotifIrrecevabilite.PLAFOND_RESSOURCES, ENVOI, CanalAvertissement.AUTRE_PREUVE_DEPOT,
                        false));
    }

    @Test
    void un_avertissement_mal_saisi_est_refuse_champ_par_champ() {
        refuse(() -> ParseurAvertissement.lire(new AvertissementSaisi(null, null, null, null, null), AUJOURDHUI),
                tuple("motif", "OBLIGATOIRE"), tuple("dateEnvoi", "OBLIGATOIRE"), tuple("canal", "OBLIGATOIRE"));
        refuse(() -> ParseurAvertissement.lire(new AvertissementSaisi("b", null, ENVOI, "PIGEON", null), AUJOURDHUI),
                tuple("motif", "MOTIF_INCONNU"), tuple("canal", "CODE_INCONNU"));
        refuse(() -> ParseurAvertissement.lire(new AvertissementSaisi("d", null, ENVOI, "LRAR", true), AUJOURDHUI),
                tuple("sousMotif", "OBLIGATOIRE"), tuple("radiationDemandee", "NON_APPLICABLE"));
        refuse(() -> ParseurAvertissement.lire(new AvertissementSaisi("c", null, AUJOURDHUI.plusDays(1), "LRAR",
                false), AUJOURDHUI), tuple("dateEnvoi", "DATE_FUTURE"));
        assertThat(ParseurAvertissement.lire(new AvertissementSaisi("c", null, AUJOURDHUI, "LRAR", false), AUJOURDHUI)
                .dateEnvoi()).as("sent today").isEqualTo(AUJOURDHUI);
        refuse(() -> ParseurAvertissement.lire(new AvertissementSaisi("c", "SEJOUR_IRREGULIER", ENVOI, "LRAR",
                false), AUJOURDHUI), tuple("sousMotif", "NON_APPLICABLE"));
    }

    // --- merge ---------------------------------------------------------------------------------------------

    @Test
    void une_fusion_nomme_la_demande_conservee_par_un_numero_bien_forme() {
        assertThat(ParseurFusion.lire(new FusionSaisie(" 0590326000003g5901 ", true)))
                .isEqualTo(new CommandeFusion(new NumeroUnique("0590326000003G5901"), true));
        refuse(() -> ParseurFusion.lire(new FusionSaisie(null, true)), tuple("numeroUniqueConserve", "OBLIGATOIRE"));
        refuse(() -> ParseurFusion.lire(new FusionSaisie("  ", false)),
                tuple("numeroUniqueConserve", "OBLIGATOIRE"));
        refuse(() -> ParseurFusion.lire(new FusionSaisie("059-inconnu", true)),
                tuple("numeroUniqueConserve", "FORMAT_INVALIDE"));
    }

    // --- separation ----------------------------------------------------------------------------------------

    @Test
    void une_separation_designe_le_partant_par_son_rang_ou_son_identite() {
        LocalDate naissance = LocalDate.of(1990, 5, 4);
        assertThat(ParseurSeparation.lire(new SeparationSaisie(2, "Durand", null, naissance, null)))
                .as("the rank first").isEqualTo(new CommandeSeparation(new CommandeSeparation.ParRang(2), null));
        assertThat(ParseurSeparation.lire(new SeparationSaisie(null, "Durand", "Léa", naissance, null)))
                .isEqualTo(new CommandeSeparation(new CommandeSeparation.ParIdentite("Durand", "Léa", naissance),
                        null));
        refuse(() -> ParseurSeparation.lire(new SeparationSaisie(null, "Durand", null, null, null)),
                tuple("rangCoDemandeur", "OBLIGATOIRE"));
        refuse(() -> ParseurSeparation.lire(new SeparationSaisie(null, null, null, naissance, null)),
                tuple("rangCoDemandeur", "OBLIGATOIRE"));
    }

    private static void refuse(ThrowingCallable lecture, Tuple... champsEtCodes) {
        assertThatThrownBy(lecture).isInstanceOfSatisfying(DonneesInvalidesException.class,
                e -> assertThat(e.erreurs()).extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactly(champsEtCodes));
    }
}
