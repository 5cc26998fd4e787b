package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.demande.FluxMouvements.MouvementInstantane;
import fr.sne.demande.FluxMouvements.Position;
import fr.sne.echanges.application.LireFluxMouvements;

/** A page of the feed in XML: valid, each document field by field, the radiation motives as SNE codes. */
class EcrivainXmlMouvementsTest {

    final DocumentsXmlStax documents = new DocumentsXmlStax(new EcrivainXmlDemande());

    @Test
    void une_page_du_flux_est_valide_et_porte_les_documents_champ_par_champ() throws Exception {
        String radiation = """
                {"version":1,"type":"RAD","motifRadiation":"d","sousMotifRadiation":"SEJOUR_IRREGULIER",
                 "donnees":{"avertissement":{"motif":"d","sousMotif":"PLAFOND_RESSOURCES","delai":30.5,
                 "lrar":true,"preuve":null},"rubriques":["adresse",2,[]]},"motifLeve":"c","code":"a"}""";
        var page = new LireFluxMouvements.Page(List.of(
                new MouvementInstantane(new Position(7, 1), "RAD", Instant.parse("2026-05-02T08:00:00Z"), "G5901",
                        "0590126000001G5901", 4, radiation, EcrivainXmlDemandeTest.instantane("RADIEE", "d",
                                "SEJOUR_IRREGULIER", false, EcrivainXmlDemandeTest.COMPLET)),
                new MouvementInstantane(new Position(7, 2), "EVT", Instant.parse("2026-05-02T08:00:01Z"), null,
                        "0590126000002G5901", null, "{}", null)), "curseur", true);
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        documents.ecrirePage(page, sortie);

        XmlEssai.valider("mouvement-1.0.xsd", sortie.toByteArray());
        String xml = sortie.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<texte cle=\"motifRadiation\">RADIRR</texte>")
                .contains("<texte cle=\"sousMotifRadiation\">IRRSEJ</texte>")
                .contains("<objet cle=\"avertissement\"><texte cle=\"motif\">RADIRR</texte>"
                        + "<texte cle=\"sousMotif\">IRRRES</texte><nombre cle=\"delai\">30.5</nombre>"
                        + "<booleen cle=\"lrar\">true</booleen><nul cle=\"preuve\"/></objet>")
                .contains("<liste cle=\"rubriques\"><texte>adresse</texte><nombre>2</nombre><liste></liste></liste>")
                .contains("<texte cle=\"motifLeve\">RADCON</texte>")
                .as("a key that is not a motive keeps its value").contains("<texte cle=\"code\">a</texte>")
                .contains("<d:motifRadiation code=\"RADIRR\"/>")
                .contains("<mouvement><identifiant>2</identifiant><type>EVT</type><date>2026-05-02T08:00:01Z</date>"
                        + "<numeroUnique>")
                .contains("<document></document></mouvement><curseurSuivant>curseur</curseurSuivant>"
                        + "<aJour>true</aJour></page>");
    }
}
