package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.sne.demande.DocumentMouvement.ActeurMouvement;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one writer and the one reader of the movement document: every shape round-trips, strictness bites. */
class FormatMouvementTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final ActeurMouvement API = new ActeurMouvement("CLIENT_API", "demo-g5901");
    private static final Instant H = Instant.parse("2026-03-02T10:15:30.123456Z");
    private static final LocalDate J = LocalDate.of(2026, 3, 2);
    private static final String N = "059032600001G5901";

    /** One document of every shape, with its nullable fields both null and set across the list. */
    static List<DocumentMouvement> unDeChaque() {
        var contenu = FormatMouvement.contenu("{\"version\":2,\"dateDepot\":\"2026-03-02\",\"ressources\":1234.50}");
        return List.of(
                new DocumentMouvement.Creation(1, "CRE", N, "059", "G5901", API, H, "ACTIVE", J, J.plusYears(1),
                        null, contenu),
                new DocumentMouvement.Creation(1, "CRS", N, "059", "G5901", API, H, "ACTIVE", J, J.plusYears(1),
                        "059032600002G5901", contenu),
                new DocumentMouvement.Modification(1, "MOD", N, "059", "G5901", API, H, List.of("contact"), contenu),
                new DocumentMouvement.AvertissementEnvoye(1, "MOD", N, "059", "G5901", API, H, List.of(),
                        new DocumentMouvement.Avertissement("d", "d2", J, "LRAR", true)),
                new DocumentMouvement.Conservation(1, "MOD", N, "059", null,
                        new ActeurMouvement("GESTIONNAIRE_TERRITORIAL", "gt-059"), H, List.of(), J.minusYears(2),
                        new DocumentMouvement.Fusion("059032600003G5901", J, true, "NIR")),
                new DocumentMouvement.Renouvellement(1, "REN", N, "059", "G5901", API, H, J, J.plusYears(1),
                        List.of(), contenu),
                new DocumentMouvement.Radiation(1, "RAD", N, "059", "G5901", API, H, "RADIEE", "a", null, J,
                        DocumentMouvement.DonneesRadiation.attribution("RPLS42", "ACI", false, "BAILLEUR", true, 3L),
                        null, null),
                new DocumentMouvement.Radiation(1, "RAD", N, "059", "G5901", API, H, "RADIEE", "a", null, J,
                        DocumentMouvement.DonneesRadiation.attribution("RPLS43", "AUCUN", true, "COLLECTIVITE",
                                false, null), null, null),
                new DocumentMouvement.Radiation(1, "RAD", N, "059", null,
                        new ActeurMouvement("GESTIONNAIRE_TERRITORIAL", "gt-059"), H, "RADIEE", "f", null, J,
                        DocumentMouvement.DonneesRadiation.fusion("059032600003G5901", "MEME_NIR"), null, null),
                new DocumentMouvement.Radiation(1, "RAD", N, "059", "G5901",
                        new ActeurMouvement("TRAITEMENT", "traitement-quotidien"), H, "RADIEE", "e", null, J,
                        DocumentMouvement.DonneesRadiation.AUCUNE, J.minusMonths(1), null),
                new DocumentMouvement.Reactivation(1, "REN", N, "059", "G5902", API, H, "ACTIVE",
                        new DocumentMouvement.Levee("e"), J, J.plusYears(1)),
                new DocumentMouvement.Reactivation(1, "MOD", N, "059", "G5902", API, H, "ACTIVE",
                        new DocumentMouvement.Levee("c"), null, J.plusMonths(5)),
                new DocumentMouvement.Suppression(1, "SUP", N, "059", "G5901",
                        new ActeurMouvement("TRAITEMENT", "traitement-quotidien"), H, "b", J, true),
                new DocumentMouvement.Efface(1, "CRE", N, "059", "G5901", API, H, true),
                new DocumentMouvement.Evenement(1, "EVT", N, "059", "G5901", API, H, "DEMANDE_PIECES", J, null,
                        Map.of("pieces", List.of("avis d'imposition"))),
                new DocumentMouvement.Piece(1, "PJD", N, "059", "G5901", API, H, "DEPOT",
                        new DocumentMouvement.PieceDecrite(java.util.UUID.fromString(
                                "0b7c1e9a-52f1-4c1e-9a55-3c4f5d6e7a8b"), "AVIS_IMPOSITION", "DEMANDEUR",
                                List.of(new DocumentMouvement.PagesPiece(1, 2, "avis 2025")), "application/pdf",
                                123_456L, "a".repeat(64), "G5901", H, null, false), null, null),
                new DocumentMouvement.Piece(1, "PJS", N, "059", null,
                        new ActeurMouvement("GESTIONNAIRE_TERRITORIAL", "gt-059"), H, "SUPPRESSION",
                        new DocumentMouvement.PieceDecrite(java.util.UUID.fromString(
                                "0b7c1e9a-52f1-4c1e-9a55-3c4f5d6e7a8c"), "RESSOURCES", null, List.of(),
                                "image/png", 42L, "b".repeat(64), null, H, "OBSOLETE", true), null,
                        "pièce périmée"));
    }

    @Test
    void chaque_forme_s_ecrit_et_se_relit_a_l_identique_strictement() {
        Set<Class<?>> formes = unDeChaque().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(formes).as("every record of the sealed set has a sample")
                .containsExactlyInAnyOrder(DocumentMouvement.class.getPermittedSubclasses());
        for (DocumentMouvement document : unDeChaque()) {
            String texte = FormatMouvement.ecrire(document);
            assertThat(FormatMouvement.lireStrict(texte)).as(texte).isEqualTo(document);
            assertThat(FormatMouvement.lire(texte)).as(texte).isEqualTo(document);
        }
    }

    @Test
    void le_document_ecrit_porte_chaque_champ_meme_nul_sous_le_nom_du_contrat() {
        String texte = FormatMouvement.ecrire(unDeChaque().getFirst());
        ObjectNode arbre = (ObjectNode) JSON.readTree(texte);
        assertThat(arbre.propertyNames()).containsExactlyInAnyOrder("version", "type", "numeroUnique", "territoire",
                "guichet", "acteur", "horodatage", "statut", "dateDepot", "dateFinValidite", "numeroUniqueOrigine",
                "demande");
        assertThat(arbre.get("numeroUniqueOrigine").isNull()).isTrue();
        assertThat(arbre.get("horodatage").asString()).isEqualTo("2026-03-02T10:15:30.123456Z");
        assertThat(arbre.get("dateDepot").asString()).isEqualTo("2026-03-02");
        assertThat(arbre.at("/demande/ressources").toString()).isEqualTo("1234.50");
    }

    @Test
    void un_champ_inconnu_ou_manquant_ou_une_autre_version_est_refuse_en_lecture_stricte() {
        for (DocumentMouvement document : unDeChaque()) {
            ObjectNode arbre = (ObjectNode) JSON.readTree(FormatMouvement.ecrire(document));
            ObjectNode inconnu = arbre.deepCopy().put("champInconnu", 1);
            assertThatThrownBy(() -> FormatMouvement.lireStrict(inconnu.toString()))
                    .isInstanceOf(FormatMouvement.DocumentIllisible.class).hasMessageContaining("champInconnu");
            assertThat(FormatMouvement.lire(inconnu.toString())).isEqualTo(document);
            for (String champ : List.of("guichet", "horodatage", "acteur")) {
                ObjectNode manquant = arbre.deepCopy();
                manquant.remove(champ);
                assertThatThrownBy(() -> FormatMouvement.lireStrict(manquant.toString())).as(champ)
                        .isInstanceOf(FormatMouvement.DocumentIllisible.class).hasMessageContaining(champ);
            }
            ObjectNode autreVersion = arbre.deepCopy().put("version", 2);
            assertThatThrownBy(() -> FormatMouvement.lireStrict(autreVersion.toString()))
                    .isInstanceOf(FormatMouvement.DocumentIllisible.class).hasMessageContaining("version 2");
        }
    }

    @Test
    void une_forme_qui_ne_convient_pas_a_son_type_est_refusee_en_lecture_stricte() {
        ObjectNode avertissement = (ObjectNode) JSON.readTree(FormatMouvement.ecrire(unDeChaque().get(3)));
        assertThat(FormatMouvement.lireStrict(avertissement.toString()))
                .isInstanceOf(DocumentMouvement.AvertissementEnvoye.class);
        avertissement.put("type", "RAD");
        assertThatThrownBy(() -> FormatMouvement.lireStrict(avertissement.toString()))
                .isInstanceOf(FormatMouvement.DocumentIllisible.class).hasMessageContaining("de type RAD");
    }

    @Test
    void un_document_sans_type_ou_d_un_type_inconnu_est_illisible() {
        assertThatThrownBy(() -> FormatMouvement.lire("{\"version\":1}"))
                .isInstanceOf(FormatMouvement.DocumentIllisible.class);
        assertThatThrownBy(() -> FormatMouvement.lire("{\"version\":1,\"type\":\"XYZ\"}"))
                .isInstanceOf(FormatMouvement.DocumentIllisible.class).hasMessageContaining("XYZ");
    }

    @Test
    void un_document_ancien_sans_champ_ajoute_depuis_se_lit_en_tolerant() {
        String ancien = """
                {"version":1,"type":"RAD","numeroUnique":"%s","territoire":"059","guichet":"G5901",
                 "acteur":{"type":"TRAITEMENT","identifiant":"traitement-quotidien"},
                 "horodatage":"2026-03-02T10:15:30Z","motifRadiation":"e","dateRadiation":"2026-03-02",
                 "dateFinValidite":"2026-02-01"}""".formatted(N);
        DocumentMouvement lu = FormatMouvement.lire(ancien);
        assertThat(lu).isInstanceOf(DocumentMouvement.Radiation.class);
        assertThat(DocumentMouvement.motifRadiation(lu)).isEqualTo("e");
        assertThatThrownBy(() -> FormatMouvement.lireStrict(ancien))
                .isInstanceOf(FormatMouvement.DocumentIllisible.class);
    }

    /** The radiations of {@link #unDeChaque()}: a with a réservataire, a without, f, e. */
    private static List<DocumentMouvement.Radiation> radiations() {
        return unDeChaque().stream().filter(DocumentMouvement.Radiation.class::isInstance)
                .map(DocumentMouvement.Radiation.class::cast).toList();
    }

    @Test
    void les_donnees_de_radiation_s_ecrivent_comme_avant_les_seuls_champs_du_motif() {
        List<ObjectNode> donnees = radiations().stream().map(r -> (ObjectNode) JSON.readTree(FormatMouvement.ecrire(r))
                .get("donneesRadiation")).toList();
        assertThat(donnees.get(0).propertyNames()).containsExactly("identifiantRpls", "accordCollectif",
                "prioritaireDalo", "contingent", "qpv", "reservataire");
        assertThat(donnees.get(0).get("reservataire").isIntegralNumber()).isTrue();
        assertThat(donnees.get(1).propertyNames()).as("no réservataire given: not written")
                .containsExactly("identifiantRpls", "accordCollectif", "prioritaireDalo", "contingent", "qpv");
        assertThat(donnees.get(2).propertyNames()).containsExactlyInAnyOrder("numeroUniqueConserve", "critere");
        assertThat(donnees.get(3).toString()).isEqualTo("{}");
    }

    @Test
    void des_donnees_de_radiation_qui_ne_sont_pas_celles_du_motif_sont_refusees_en_lecture_stricte() {
        List<DocumentMouvement.Radiation> r = radiations();
        ObjectNode attribution = (ObjectNode) JSON.readTree(FormatMouvement.ecrire(r.get(1)));
        ObjectNode fusion = (ObjectNode) JSON.readTree(FormatMouvement.ecrire(r.get(2)));
        ObjectNode sansDonnees = (ObjectNode) JSON.readTree(FormatMouvement.ecrire(r.get(3)));

        ObjectNode sansQpv = attribution.deepCopy();
        ((ObjectNode) sansQpv.get("donneesRadiation")).remove("qpv");
        ObjectNode qpvNul = attribution.deepCopy();
        ((ObjectNode) qpvNul.get("donneesRadiation")).putNull("qpv");
        ObjectNode qpvTexte = attribution.deepCopy();
        ((ObjectNode) qpvTexte.get("donneesRadiation")).put("qpv", "oui");
        ObjectNode fusionEnA = fusion.deepCopy().put("motifRadiation", "a");
        ObjectNode attributionEnE = attribution.deepCopy().put("motifRadiation", "e");
        ObjectNode eAvecChamp = sansDonnees.deepCopy();
        ((ObjectNode) eAvecChamp.get("donneesRadiation")).put("reservataire", 3);
        for (ObjectNode faux : List.of(sansQpv, qpvNul, qpvTexte, fusionEnA, attributionEnE, eAvecChamp)) {
            assertThatThrownBy(() -> FormatMouvement.lireStrict(faux.toString())).as(faux.toString())
                    .isInstanceOf(FormatMouvement.DocumentIllisible.class);
        }
        // a radiation a written before qpv and the réservataire existed stays readable for the history
        DocumentMouvement.Radiation ancienne = (DocumentMouvement.Radiation) FormatMouvement.lire(sansQpv.toString());
        assertThat(ancienne.donneesRadiation().identifiantRpls()).isEqualTo("RPLS43");
        assertThat(ancienne.donneesRadiation().qpv()).isNull();
    }
}
