package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.SousMotifIrrecevabilite;
import fr.sne.demande.domaine.StatutDemande;
import fr.sne.demande.domaine.TypeMouvement;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.internal.NomenclaturesCsv;

/**
 * The enumerations of the XSD files are generated from the lists the validation uses (the SNE code lists of
 * {@link Nomenclatures}, the registry's statuses and movement types, the radiation motives of {@link CodesSne}):
 * this test fails when a file differs from what the lists give. Regenerate with
 * {@code -Dtest=EnumerationsXsdTest -Dsne.xsd.ecrire=true}, then commit the XSD with the change.
 */
class EnumerationsXsdTest {

    static final Path DOSSIER = Path.of("src/main/resources/xsd");
    static final String MARQUE = "  <!-- ENUMERATIONS -->\n";

    final Nomenclatures nomenclatures = new NomenclaturesCsv();

    /** Each generated type of demande-1.0.xsd and the list of the validation it comes from. */
    static final Map<String, String> LISTES_DEMANDE = ordonne(
            "CodeCivilite", "ListeCivilite",
            "CodeSexe", "ListeSexe",
            "CodeNationalite", "ListeNationalite",
            "CodeSituationFamiliale", "ListeSituationFamiliale",
            "CodeLienDemandeur", "ListeLienDemandeur",
            "CodeLienParente", "ListeLienParente",
            "CodeTypeContratTravail", "ListeTypeContratTravail",
            "CodeRessource", "ListeRessourceRecue",
            "CodeModeleLogement", "ListeModeleLogement",
            "CodeMotifDemande", "ListeMotifDemande",
            "CodeTypeLogement", "ListeTypeLogement",
            "CodeCategorieLogement", "ListeCategorieLogementRecherche");

    @Test
    void les_enumerations_des_xsd_sont_celles_des_listes_de_la_validation() throws IOException {
        StringBuilder demande = new StringBuilder();
        LISTES_DEMANDE.forEach((type, liste) -> {
            assertThat(nomenclatures.liste(liste)).as(liste).isNotEmpty();
            code(demande, type, liste, nomenclatures.liste(liste));
        });
        code(demande, "CodeMotifRadiation", "ListeMotifsRadiation (et RADFUS, motif f : fusion)",
                libelles(CodesSne.motifsRadiation().values(), "ListeMotifsRadiation"));
        code(demande, "CodeSousMotifRadiation", "ListeSousMotifRadiationIrrecevabilite",
                libelles(CodesSne.sousMotifsIrrecevabilite().values(), "ListeSousMotifRadiationIrrecevabilite"));
        simple(demande, "StatutDemande", "statuts du registre", Arrays.stream(StatutDemande.values())
                .collect(Collectors.toMap(Enum::name, Enum::name, (a, b) -> a, LinkedHashMap::new)));
        StringBuilder mouvement = new StringBuilder();
        Map<String, String> types = new LinkedHashMap<>();
        // the registry's own types, absent from ListeTypeFichier
        Map<String, String> propres = Map.of("EVT", "Événement de la gestion partagée", "PJD", "Pièce déposée",
                "PJS", "Pièce supprimée", "PJR", "Pièce reclassée", "PJQ", "Pièce qualifiée");
        for (TypeMouvement t : TypeMouvement.values()) {
            types.put(t.name(), nomenclatures.libelle("ListeTypeFichier", t.name())
                    .orElseGet(() -> java.util.Objects.requireNonNull(propres.get(t.name()), t.name())));
        }
        simple(mouvement, "TypeMouvement", "ListeTypeFichier (et EVT, PJD, PJS, PJR, PJQ)", types);

        verifier("demande-1.0.xsd", demande.toString());
        verifier("mouvement-1.0.xsd", mouvement.toString());
    }

    /** The lists the XSD enumerates are those the content validation checks, no more, no fewer. */
    @Test
    void les_listes_enumerees_sont_celles_que_la_validation_controle() throws IOException {
        java.util.regex.Pattern liste = java.util.regex.Pattern.compile("\"(Liste[A-Za-z]+)\"");
        Set<String> controlees = new java.util.TreeSet<>();
        try (var fichiers = Files.list(Path.of("src/main/java/fr/sne/demande/application/validation"))) {
            for (Path f : fichiers.toList()) {
                liste.matcher(Files.readString(f)).results().forEach(r -> controlees.add(r.group(1)));
            }
        }
        assertThat(controlees).containsExactlyInAnyOrderElementsOf(LISTES_DEMANDE.values());
    }

    @Test
    void les_codes_sne_couvrent_les_motifs_de_l_api() {
        assertThat(CodesSne.motifsRadiation().keySet()).containsExactlyElementsOf(
                Arrays.stream(MotifRadiation.values()).map(MotifRadiation::code).toList());
        assertThat(CodesSne.sousMotifsIrrecevabilite().keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SousMotifIrrecevabilite.values()).map(Enum::name).toList());
        // every motive but the merge is a code of the interface's list, the sub-motives all are
        Set<String> interfaceNuu = nomenclatures.liste("ListeMotifsRadiation").keySet();
        assertThat(CodesSne.motifsRadiation().values()).filteredOn(c -> !c.equals(CodesSne.MOTIF_FUSION))
                .allMatch(interfaceNuu::contains).hasSize(MotifRadiation.values().length - 1);
        assertThat(nomenclatures.liste("ListeSousMotifRadiationIrrecevabilite").keySet())
                .containsExactlyInAnyOrderElementsOf(CodesSne.sousMotifsIrrecevabilite().values());
        for (var e : CodesSne.motifsRadiation().entrySet()) {
            assertThat(CodesSne.motifRadiationApi(CodesSne.motifRadiationXml(e.getKey()))).contains(e.getKey());
        }
    }

    private Map<String, String> libelles(java.util.Collection<String> codes, String liste) {
        Map<String, String> m = new LinkedHashMap<>();
        codes.forEach(c -> m.put(c, nomenclatures.libelle(liste, c).orElse("Radiation suite à la fusion de "
                + "demandes (R441-2-8 f, code propre au SNE)")));
        return m;
    }

    private static void verifier(String fichier, String genere) throws IOException {
        Path chemin = DOSSIER.resolve(fichier);
        String texte = Files.readString(chemin);
        int debut = texte.indexOf(MARQUE);
        assertThat(debut).as("marque des énumérations dans " + fichier).isPositive();
        String attendu = texte.substring(0, debut + MARQUE.length()) + genere + "</xs:schema>\n";
        if (Boolean.getBoolean("sne.xsd.ecrire")) {
            Files.writeString(chemin, attendu);
        }
        assertThat(Files.readString(chemin)).as(fichier + " n'est plus à jour : -Dtest=EnumerationsXsdTest "
                + "-Dsne.xsd.ecrire=true, puis commit").isEqualTo(attendu);
    }

    private static void code(StringBuilder x, String type, String source, Map<String, String> codes) {
        x.append("  <xs:complexType name=\"Element").append(type).append("\">\n")
                .append("    <xs:attribute name=\"code\" type=\"").append(type).append("\" use=\"required\"/>\n")
                .append("  </xs:complexType>\n");
        simple(x, type, source, codes);
    }

    private static void simple(StringBuilder x, String type, String source, Map<String, String> codes) {
        x.append("  <xs:simpleType name=\"").append(type).append("\">\n")
                .append("    <xs:annotation><xs:documentation>Généré depuis ").append(echapper(source))
                .append(".</xs:documentation></xs:annotation>\n")
                .append("    <xs:restriction base=\"xs:token\">\n");
        codes.forEach((code, libelle) -> x.append("      <xs:enumeration value=\"").append(echapper(code))
                .append("\"><xs:annotation><xs:documentation>").append(echapper(libelle))
                .append("</xs:documentation></xs:annotation></xs:enumeration>\n"));
        x.append("    </xs:restriction>\n  </xs:simpleType>\n");
    }

    private static String echapper(String texte) {
        return texte.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static Map<String, String> ordonne(String... paires) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < paires.length; i += 2) {
            m.put(paires[i], paires[i + 1]);
        }
        return m;
    }
}
