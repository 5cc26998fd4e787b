package fr.sne.demande.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.sne.demande.domaine.ContenuDemande;
import tools.jackson.databind.json.JsonMapper;

/**
 * A modification draft holds a registered demande's content, which may have fields the steps' forms do not show:
 * passing through a step keeps them, while what the form shows is replaced as in a registration.
 */
class FormulaireModificationTest {

    private static final String PERSONNE = """
            {"civilite": "2", "nomNaissance": "%s", "prenoms": "%s", "dateNaissance": "1988-04-12", "sexe": "F",
             "nationalite": "1", "paysNaissance": "Belgique", "situationFamiliale": "C", "lienDemandeur": "M",
             "situationProfessionnelle": {"typeContrat": "CDI", "siretEmployeur": "12345678200010"},
             "revenuFiscal": {"anneeN1": 2025, "montantN1": 17850},
             "ressourcesMensuelles": [{"type": "SAL", "montant": 1520.00}]}""";

    private static ContenuDemande contenu() {
        String json = """
                {"demandeur": %s, "coDemandeurs": [%s, %s],
                 "personnesACharge": [{"nom": "Dupont", "prenoms": "Léo", "dateNaissance": "2017-09-03", "sexe": "M",
                                       "lienParente": "E", "ressourcesMensuelles": [{"type": "PF", "montant": 90}]}],
                 "motifs": ["09", "13"],
                 "logementActuel": {"modele": "LP", "nombreOccupants": 4}}""".formatted(
                PERSONNE.formatted("Dupont", "Claire"), PERSONNE.formatted("Martin", "Paul"),
                PERSONNE.formatted("Durand", "Anne"));
        return JsonMapper.builder().build().readValue(json, ContenuDemande.class);
    }

    private static Map<String, String[]> formulaire(String... nomsEtValeurs) {
        Map<String, String[]> f = new LinkedHashMap<>();
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            f.put(nomsEtValeurs[i], new String[] {nomsEtValeurs[i + 1]});
        }
        return f;
    }

    @Test
    void les_champs_que_le_formulaire_de_l_etape_ne_montre_pas_sont_gardes() {
        ContenuDemande avant = contenu();
        // the resources step as the browser sends it: the shown fields only, one of them changed
        ContenuDemande apres = FormulaireCerfa.fusionnerSansPerte(avant, Map.of(), EtapeCerfa.RESSOURCES, formulaire(
                "demandeur.situationProfessionnelle.typeContrat", "CDD",
                "demandeur.situationProfessionnelle.profession", "", "demandeur.situationProfessionnelle.employeur", "",
                "demandeur.revenuFiscal.montantN1", "17850", "demandeur.revenuFiscal.montantN2", "",
                "demandeur.ressourcesMensuelles[0].type", "SAL", "demandeur.ressourcesMensuelles[0].montant", "1520",
                "coDemandeurs[0].situationProfessionnelle.typeContrat", "CDI",
                "coDemandeurs[0].revenuFiscal.montantN1", "17850",
                "coDemandeurs[0].ressourcesMensuelles[0].type", "SAL",
                "coDemandeurs[0].ressourcesMensuelles[0].montant", "1520"), t -> t).contenu();

        assertThat(apres.demandeur().situationProfessionnelle().typeContrat()).isEqualTo("CDD");
        assertThat(apres.demandeur().situationProfessionnelle().siretEmployeur()).isEqualTo("12345678200010");
        assertThat(apres.demandeur().revenuFiscal().anneeN1()).isEqualTo(2025);
        assertThat(apres.coDemandeurs()).hasSize(2);
        assertThat(apres.coDemandeurs().get(1)).isEqualTo(avant.coDemandeurs().get(1));

        // the same form in a registration empties what it does not show
        ContenuDemande enregistrement = FormulaireCerfa.fusionner(avant, Map.of(), EtapeCerfa.RESSOURCES, formulaire(
                "demandeur.situationProfessionnelle.typeContrat", "CDD"), t -> t).contenu();
        assertThat(enregistrement.demandeur().revenuFiscal()).isNull();
    }

    @Test
    void une_etape_traversee_sans_rien_changer_laisse_le_contenu_intact() {
        ContenuDemande avant = contenu();
        ContenuDemande apres = FormulaireCerfa.fusionnerSansPerte(avant, Map.of(), EtapeCerfa.CO_DEMANDEUR, formulaire(
                "coDemandeurs[0].civilite", "2", "coDemandeurs[0].nomNaissance", "Martin",
                "coDemandeurs[0].prenoms", "Paul", "coDemandeurs[0].dateNaissance", "12/04/1988"), t -> t).contenu();
        assertThat(apres).isEqualTo(avant);
    }

    @Test
    void une_ligne_videe_part_avec_ses_champs_caches_et_une_liste_decochee_est_videe() {
        ContenuDemande avant = contenu();
        ContenuDemande menage = FormulaireCerfa.fusionnerSansPerte(avant, Map.of(), EtapeCerfa.MENAGE, formulaire(
                "personnesACharge[0].nom", "", "personnesACharge[0].prenoms", "",
                "personnesACharge[0].dateNaissance", "", "personnesACharge[0].sexe", "",
                "personnesACharge[0].lienParente", ""), t -> t).contenu();
        assertThat(menage.personnesACharge()).isEmpty();

        ContenuDemande motifs = FormulaireCerfa.fusionnerSansPerte(avant, Map.of(), EtapeCerfa.LOGEMENT_ACTUEL,
                formulaire("logementActuel.modele", "LP", "logementActuel.nombreOccupants", "3"), t -> t).contenu();
        assertThat(motifs.motifs()).as("toutes les cases décochées").isEmpty();
        assertThat(motifs.logementActuel().nombreOccupants()).isEqualTo(3);
        assertThat(motifs.logementActuel().loyerMensuel()).isNull();
        assertThat(avant.personnesACharge().getFirst().ressourcesMensuelles().getFirst().montant())
                .isEqualByComparingTo(BigDecimal.valueOf(90));
    }
}
