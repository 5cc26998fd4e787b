package fr.sne.demande.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.commun.formulaire.ErreursFormulaire;

import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.ContenuDemande;
import tools.jackson.databind.json.JsonMapper;

class FormulaireCerfaTest {

    private static ContenuDemande exemple() throws Exception {
        return JsonMapper.builder().build().readValue(Files.readString(Path.of("docs/exemples/demande-nord.json")),
                ContenuDemande.class);
    }

    private static Map<String, String[]> formulaire(String... nomsEtValeurs) {
        Map<String, String[]> f = new LinkedHashMap<>();
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            String[] avant = f.getOrDefault(nomsEtValeurs[i], new String[0]);
            String[] apres = java.util.Arrays.copyOf(avant, avant.length + 1);
            apres[avant.length] = nomsEtValeurs[i + 1];
            f.put(nomsEtValeurs[i], apres);
        }
        return f;
    }

    @Test
    void un_contenu_aplati_puis_reconstruit_est_le_meme() throws Exception {
        ContenuDemande contenu = exemple();
        Map<String, String[]> tout = new LinkedHashMap<>();
        FormulaireCerfa.aplatir(contenu).forEach((chemin, valeur) -> tout.put(chemin, new String[] {valeur}));
        ContenuDemande resultat = contenu;
        for (EtapeCerfa etape : EtapeCerfa.saisies()) {
            resultat = FormulaireCerfa.fusionner(resultat, Map.of(), etape, tout, t -> t).contenu();
        }
        assertThat(resultat).isEqualTo(contenu);
        assertThat(FormulaireCerfa.aplatir(contenu)).containsEntry("demandeur.dateNaissance", "1988-04-12")
                .containsEntry("demandeur.ressourcesMensuelles[0].montant", "1520.00")
                .containsEntry("logementRecherche.communesSouhaitees[2]", "59009")
                .containsEntry("contact.consentementEmail", "true");
    }

    @Test
    void une_etape_remplace_ses_champs_et_garde_ceux_des_autres() throws Exception {
        ContenuDemande contenu = exemple();
        var fusion = FormulaireCerfa.fusionner(contenu, Map.of(), EtapeCerfa.DEMANDEUR, formulaire(
                "demandeur.nomNaissance", "  Martin ", "demandeur.prenoms", "Jeanne",
                "demandeur.dateNaissance", "03/02/1990", "adresse.voie", "1 rue Neuve", "adresse.commune", "Lille",
                // not this step's: ignored, whatever a tampered form says
                "logementRecherche.nombrePersonnes", "9", "demandeur.ressourcesMensuelles[0].montant", "1",
                "_csrf", "jeton", "action", "suivant", "demandeur.inconnu", "x", "demandeur[0].nom", "x"),
                texte -> texte.equals("Lille") ? "59350" : texte);

        ContenuDemande.Personne d = fusion.contenu().demandeur();
        assertThat(d.nomNaissance()).isEqualTo("Martin");
        assertThat(d.dateNaissance()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(d.civilite()).as("vidé : absent du formulaire de l'étape").isNull();
        assertThat(d.ressourcesMensuelles()).isEqualTo(contenu.demandeur().ressourcesMensuelles());
        assertThat(fusion.contenu().adresse().commune()).isEqualTo("59350");
        assertThat(fusion.contenu().adresse().codePostal()).isNull();
        assertThat(fusion.contenu().logementRecherche()).isEqualTo(contenu.logementRecherche());
        assertThat(fusion.contenu().contact()).isNull();
        assertThat(fusion.saisiesBrutes()).isEmpty();
    }

    @Test
    void une_saisie_qui_n_est_pas_du_type_du_champ_est_gardee_telle_quelle() throws Exception {
        var fusion = FormulaireCerfa.fusionner(exemple(), Map.of("adresse.voie", "ancienne"), EtapeCerfa.DEMANDEUR,
                formulaire("demandeur.dateNaissance", "32/13/1990", "demandeur.nomNaissance", "Dupont"), t -> t);

        assertThat(fusion.contenu().demandeur().dateNaissance()).isNull();
        assertThat(fusion.saisiesBrutes()).containsExactly(Map.entry("demandeur.dateNaissance", "32/13/1990"));

        var montant = FormulaireCerfa.fusionner(exemple(), Map.of("adresse.voie", "x"), EtapeCerfa.LOGEMENT_ACTUEL,
                formulaire("logementActuel.loyerMensuel", "1 520,50", "logementActuel.surface", "trente",
                        "motifs", "09", "motifs", "", "motifs", "13"), t -> t);
        assertThat(montant.contenu().logementActuel().loyerMensuel()).isEqualByComparingTo(new BigDecimal("1520.50"));
        assertThat(montant.contenu().motifs()).containsExactly("09", "13");
        assertThat(montant.saisiesBrutes()).as("les saisies brutes des autres étapes restent")
                .containsEntry("adresse.voie", "x").containsEntry("logementActuel.surface", "trente");
    }

    /**
     * Every number of every step (amounts, counts, surfaces, years), typed out of the bounds the API reads numbers
     * within, stays as typed and never enters the content: so a draft only holds numbers it can write and read back.
     */
    @Test
    void un_nombre_hors_des_bornes_de_l_api_reste_saisi_tel_quel_pour_chaque_champ_numerique() throws Exception {
        String milleEtUn = "1" + "0".repeat(1000);
        List<String> numeriques = FormulaireCerfa.feuilles().entrySet().stream()
                .filter(f -> f.getValue() == Integer.class || f.getValue() == BigDecimal.class)
                .map(f -> f.getKey().replace("[]", "[0]")).sorted().toList();
        assertThat(numeriques).contains("logementActuel.loyerMensuel", "logementActuel.surface",
                "logementActuel.nombreOccupants", "personnesANaitre.nombre", "handicap.nombrePersonnes",
                "demandeur.revenuFiscal.anneeN1", "coDemandeurs[0].ressourcesMensuelles[0].montant");
        for (String chemin : numeriques) {
            boolean montant = FormulaireCerfa.type(chemin) == BigDecimal.class;
            for (String saisie : List.of("1e2000", "1e200000", "1e-2000", milleEtUn, "-" + milleEtUn,
                    "1 " + milleEtUn.substring(1), "99999999999", "1e999999999999")) {
                EtapeCerfa etape = EtapeCerfa.de(chemin);
                var fusion = FormulaireCerfa.fusionner(Brouillon.contenuVide(), Map.of(), etape,
                        formulaire(chemin, saisie), t -> t);
                assertThat(FormulaireCerfa.aplatir(fusion.contenu())).as(chemin + " = " + saisie.substring(0,
                        Math.min(12, saisie.length()))).doesNotContainKey(chemin);
                assertThat(fusion.saisiesBrutes()).as(chemin).containsEntry(chemin, saisie);
                if (montant) {
                    // as the API: a number it reads is refused as an amount (MONTANT_INVALIDE), else not read
                    assertThat(FormulaireCerfa.montant(saisie) != null).as(chemin + " = " + saisie.substring(0,
                            Math.min(12, saisie.length()))).isEqualTo(saisie.replace(" ", "").length()
                                    <= fr.sne.commun.NombreSaisi.LONGUEUR_MAX && !saisie.startsWith("1e9999"));
                }
            }
        }
        var juste = FormulaireCerfa.fusionner(Brouillon.contenuVide(), Map.of(), EtapeCerfa.LOGEMENT_ACTUEL,
                formulaire("logementActuel.loyerMensuel", "99 999 999,99 €", "logementActuel.surface", "2000",
                        "logementActuel.allocationLogementMensuelle", "1e2"), t -> t);
        assertThat(juste.saisiesBrutes()).isEmpty();
        assertThat(juste.contenu().logementActuel().loyerMensuel()).isEqualByComparingTo("99999999.99");
        assertThat(juste.contenu().logementActuel().allocationLogementMensuelle()).isEqualByComparingTo("100");
    }

    @Test
    void les_lignes_vides_d_un_groupe_repete_disparaissent_et_les_suivantes_remontent() throws Exception {
        var fusion = FormulaireCerfa.fusionner(exemple(), Map.of(), EtapeCerfa.MENAGE, formulaire(
                "personnesACharge[0].nom", "", "personnesACharge[0].prenoms", " ",
                "personnesACharge[1].nom", "Dupont", "personnesACharge[1].prenoms", "Léa",
                "personnesACharge[999].nom", "trop loin"), t -> t);

        assertThat(fusion.contenu().personnesACharge()).hasSize(1);
        assertThat(fusion.contenu().personnesACharge().getFirst().prenoms()).isEqualTo("Léa");
        assertThat(fusion.contenu().personnesANaitre()).isNull();
    }

    @Test
    void un_co_demandeur_dont_l_identite_est_videe_disparait_avec_ses_ressources() throws Exception {
        var avec = FormulaireCerfa.fusionner(exemple(), Map.of(), EtapeCerfa.CO_DEMANDEUR, formulaire(
                "coDemandeurs[0].nomNaissance", "Durand", "coDemandeurs[0].prenoms", "Marc"), t -> t).contenu();
        avec = FormulaireCerfa.fusionner(avec, Map.of(), EtapeCerfa.RESSOURCES, formulaire(
                "coDemandeurs[0].ressourcesMensuelles[0].type", "SAL",
                "coDemandeurs[0].ressourcesMensuelles[0].montant", "1200"), t -> t).contenu();
        assertThat(avec.coDemandeurs()).hasSize(1);
        assertThat(avec.coDemandeurs().getFirst().ressourcesMensuelles()).hasSize(1);
        assertThat(avec.demandeur().ressourcesMensuelles()).as("celles du demandeur, hors du formulaire").isEmpty();

        var sans = FormulaireCerfa.fusionner(avec, Map.of(), EtapeCerfa.CO_DEMANDEUR, formulaire(
                "coDemandeurs[0].nomNaissance", " ", "coDemandeurs[0].prenoms", ""), t -> t).contenu();
        assertThat(sans.coDemandeurs()).isEmpty();
        assertThat(sans.demandeur()).isEqualTo(avec.demandeur());
    }

    @Test
    void chaque_champ_du_contenu_est_saisi_a_une_seule_etape() {
        for (String feuille : FormulaireCerfa.feuilles().keySet()) {
            String chemin = feuille.replace("[]", "[0]");
            assertThat(EtapeCerfa.saisies().stream().filter(e -> e.possede(chemin)).toList())
                    .as(chemin).hasSize(1);
        }
        assertThat(EtapeCerfa.de("demandeur.revenuFiscal.montantN1")).isEqualTo(EtapeCerfa.RESSOURCES);
        assertThat(EtapeCerfa.de("coDemandeurs[0].dateNaissance")).isEqualTo(EtapeCerfa.CO_DEMANDEUR);
        assertThat(EtapeCerfa.de("logementRecherche.communesSouhaitees")).isEqualTo(EtapeCerfa.LOGEMENT_RECHERCHE);
    }

    @Test
    void une_erreur_est_montree_a_son_champ_sur_son_etape_et_dans_le_resume_avec_son_libelle() {
        ErreursFormulaire erreurs = VueFormulaire.formulaire(EtapeCerfa.LOGEMENT_ACTUEL, "/brouillon").erreurs(List.of(
                new ErreurChamp("demandeur.dateNaissance", "DATE_FUTURE", "Dans le futur."),
                new ErreurChamp("motifs[1]", "CODE_INCONNU", "Code inconnu."),
                new ErreurChamp("logementActuel", "OBLIGATOIRE", "Obligatoire."),
                new ErreurChamp("logementActuel.modele", "CODE_INCONNU", "Code inconnu."),
                new ErreurChamp("personnesACharge[1].dateNaissance", "OBLIGATOIRE", "Obligatoire.")));

        assertThat(erreurs.sur("motifs")).isTrue();
        assertThat(erreurs.message("logementActuel.modele")).as("a field shows all its errors")
                .isEqualTo("Obligatoire. Code inconnu.");
        assertThat(erreurs.code("logementActuel.modele")).isEqualTo("OBLIGATOIRE");
        assertThat(erreurs.sur("demandeur.dateNaissance")).as("another step's field is not on this page").isFalse();
        assertThat(erreurs.resume()).extracting(ErreursFormulaire.Lien::id).containsExactly(
                "demandeur-dateNaissance", "motifs", "logementActuel-modele", "logementActuel-modele",
                "personnesACharge-1-dateNaissance");
        assertThat(erreurs.resume()).extracting(ErreursFormulaire.Lien::page).containsExactly(
                "/brouillon/etapes/demandeur?verifier", null, null, null, "/brouillon/etapes/menage?verifier");
        assertThat(erreurs.resume().get(0).message()).isEqualTo("Demandeur, Demandeur — Date de naissance : Dans le futur.");
        assertThat(erreurs.resume().get(1).message()).isEqualTo("Motifs de la demande 2 : Code inconnu.");
        assertThat(erreurs.resume().get(4).message())
                .isEqualTo("Personnes à charge, Personne à charge 2 — Date de naissance : Obligatoire.");
    }
}
