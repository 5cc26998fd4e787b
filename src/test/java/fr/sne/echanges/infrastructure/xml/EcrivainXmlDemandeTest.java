package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Bloc;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Liste;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Noeud;
import fr.sne.echanges.infrastructure.xml.FormeDemandeXml.Valeur;

/** The writer's output is valid against demande-1.0.xsd (and mouvement-1.0.xsd) for demandes of every shape. */
class EcrivainXmlDemandeTest {

    /** Every field of the content filled in. */
    static final String COMPLET = """
            {"dateDepot":"2026-03-02",
             "demandeur":{"civilite":"2","nomNaissance":"Martin","nomUsage":"Dupont","prenoms":"Marie Anne",
               "dateNaissance":"1975-02-01","sexe":"F","nationalite":"3","paysNaissance":"Belgique",
               "communeNaissance":null,"nir":"275029912345678","situationFamiliale":"M","lienDemandeur":null,
               "situationProfessionnelle":{"typeContrat":"CDI","profession":"Assistante maternelle",
                 "employeur":"Département & Co <Nord>","siretEmployeur":"12345678901234"},
               "revenuFiscal":{"anneeN1":2025,"montantN1":21000.50,"anneeN2":2024,"montantN2":20000},
               "ressourcesMensuelles":[{"type":"SAL","montant":1520.00},{"type":"AF","montant":140}]},
             "coDemandeurs":[{"civilite":"1","nomNaissance":"Dupont","prenoms":"Jean","dateNaissance":"1970-01-01",
               "sexe":"M","nationalite":"1","communeNaissance":"59350","situationFamiliale":"M","lienDemandeur":"M",
               "ressourcesMensuelles":[]}],
             "personnesACharge":[{"nom":"Dupont","prenoms":"Léa","dateNaissance":"2014-01-01","sexe":"F",
               "lienParente":"E","ressourcesMensuelles":[{"type":"BE","montant":100}]}],
             "personnesANaitre":{"nombre":1,"dateNaissancePrevue":"2026-08-01"},
             "adresse":{"voie":"Rue Haute 12","complement":"boîte 3","chez":"M. Petit","codePostal":null,
               "commune":null,"ville":"Bruxelles","pays":"Belgique"},
             "contact":{"telephone":"0612345678","email":"marie@example.org","consentementEmail":true,
               "consentementSms":false},
             "logementActuel":{"modele":"LP","nombreOccupants":4,"loyerMensuel":690.5,
               "allocationLogementMensuelle":120,"surface":50,"sirenBailleur":"123456789"},
             "motifs":["09","13"],
             "logementRecherche":{"typesLogement":["T3","T4"],"categorie":"I",
               "communesSouhaitees":["59350","59512"],"demandeElargie":false,"nombrePersonnes":5},
             "handicap":{"nombrePersonnes":1,"logementAdapteNecessaire":true,"precisions":"Fauteuil"},
             "precisions":"Un texte libre.\\nSur deux lignes."}
            """;

    final EcrivainXmlDemande ecrivain = new EcrivainXmlDemande();

    static Instantane instantane(String statut, String motif, String sousMotif, boolean efface, String contenu) {
        return new Instantane(3, statut, "59", LocalDate.parse("2026-03-02"),
                statut.equals("ACTIVE") ? LocalDate.parse("2027-02-20") : null, LocalDate.parse("2028-03-02"),
                "G059001", Instant.parse("2026-03-02T10:15:30.123456Z"), Instant.parse("2026-05-02T08:00:00Z"),
                motif, sousMotif, motif == null ? null : LocalDate.parse("2026-05-02"), efface, contenu);
    }

    @Test
    void chaque_forme_de_demande_est_valide_contre_le_xsd() throws Exception {
        String nord = Files.readString(Path.of("docs/exemples/demande-nord.json"));
        for (Instantane d : List.of(
                instantane("ACTIVE", null, null, false, COMPLET),
                instantane("RADIEE", "d", "SEJOUR_IRREGULIER", false, nord),
                instantane("RADIEE", "f", null, false, nord),
                instantane("RADIEE", "e", null, true, null),
                instantane("ACTIVE", null, null, false, "{}"))) {
            String xml = seule(d);
            assertThatCode(() -> SchemasXml.schema("demande-1.0.xsd").newValidator()
                    .validate(new StreamSource(new StringReader(xml)))).as(xml).doesNotThrowAnyException();
        }
    }

    @Test
    void les_donnees_sont_ecrites_sous_les_noms_de_l_interface_et_les_codes_sne() throws Exception {
        String xml = seule(instantane("RADIEE", "d", "PLAFOND_RESSOURCES", false, COMPLET));
        assertThat(xml).startsWith("<demande xmlns=\"urn:sne:demande:1.0\"><numUnique>0590126000001G0590</numUnique>")
                .contains("<motifRadiation code=\"RADIRR\"/><sousMotifRadiation code=\"IRRRES\"/>")
                .contains("<nom>Dupont</nom><nomPatronymique>Martin</nomPatronymique><prenom>Marie Anne</prenom>")
                .contains("<paysNaissance>Belgique</paysNaissance>")
                .contains("<nomEmployeurPrincipal>Département &amp; Co &lt;Nord")
                .contains("<montantMoins1>21000.50</montantMoins1>")
                .contains("<detailRessource><ressource code=\"SAL\"/><montant>1520.00</montant></detailRessource>")
                .contains("<listeLocalisationSouhaite><commune code=\"59350\"/><commune code=\"59512\"/>")
                .contains("<listeMotifDemande><motifDemande code=\"09\"/><motifDemande code=\"13\"/>");
    }

    @Test
    void les_blocs_sont_presents_meme_vides() throws Exception {
        String xml = seule(instantane("RADIEE", "e", null, true, null));
        for (String bloc : List.of("personnePhysique", "demandeur", "listeCotitulaire", "listePersonneACharge",
                "personneANaitre", "adressePostale", "coordonnees", "logementActuel", "listeMotifDemande",
                "logementRecherche", "handicap")) {
            assertThat(xml).as(bloc).containsAnyOf("<" + bloc + "/>", "<" + bloc + ">");
        }
        assertThat(xml).contains("<donneesEffacees>true</donneesEffacees>").doesNotContain("<nom>");
    }

    /** Many demandes in one document, the namespace bound once by the caller: the page of the feed's shape. */
    @Test
    void plusieurs_demandes_dans_un_document_avec_un_prefixe() throws Exception {
        StringWriter texte = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(texte);
        String m = "urn:sne:mouvement:1.0";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(m);
        xml.setPrefix("d", EcrivainXmlDemande.NS);
        xml.writeStartElement(m, "page");
        xml.writeDefaultNamespace(m);
        xml.writeNamespace("d", EcrivainXmlDemande.NS);
        for (int i = 1; i <= 3; i++) {
            xml.writeStartElement(m, "mouvement");
            for (String[] champ : new String[][] {{"identifiant", Integer.toString(i + 1)}, {"type", "MOD"},
                    {"date", "2026-05-02T08:00:00Z"},
                    {"numeroUnique", "0590126000001G059" + i}}) {
                xml.writeStartElement(m, champ[0]);
                xml.writeCharacters(champ[1]);
                xml.writeEndElement();
            }
            xml.writeEmptyElement(m, "document");
            ecrivain.ecrire(xml, "0590126000001G059" + i, instantane("ACTIVE", null, null, false, COMPLET));
            xml.writeEndElement();
        }
        for (String[] champ : new String[][] {{"curseurSuivant", "abc"}, {"aJour", "true"}}) {
            xml.writeStartElement(m, champ[0]);
            xml.writeCharacters(champ[1]);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        String document = texte.toString();
        assertThat(document).contains("<d:demande><d:numUnique>").doesNotContain("<demande");
        assertThatCode(() -> SchemasXml.schema("mouvement-1.0.xsd").newValidator()
                .validate(new StreamSource(new StringReader(document)))).doesNotThrowAnyException();
    }

    /** The shape names every field of the API's content, at every depth: nothing is left out of the XML. */
    @Test
    void la_forme_xml_couvre_chaque_champ_du_contenu() {
        assertThat(champs(ContenuDemande.class)).isEqualTo(champs(FormeDemandeXml.CONTENU));
    }

    private String seule(Instantane d) throws Exception {
        StringWriter texte = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(texte);
        ecrivain.ecrire(xml, "0590126000001G0590", d);
        xml.close();
        return texte.toString();
    }

    /** The JSON paths of a record's fields ("demandeur.revenuFiscal.anneeN1", "motifs[]"). */
    private static java.util.Set<String> champs(Class<?> type) {
        java.util.Set<String> chemins = new java.util.TreeSet<>();
        champs(type, "", chemins);
        return chemins;
    }

    private static void champs(Class<?> type, String prefixe, java.util.Set<String> chemins) {
        for (RecordComponent c : type.getRecordComponents()) {
            String chemin = prefixe + c.getName();
            Type generique = c.getGenericType();
            if (generique instanceof ParameterizedType p) {
                Class<?> item = (Class<?>) p.getActualTypeArguments()[0];
                if (item.isRecord()) {
                    champs(item, chemin + "[].", chemins);
                } else {
                    chemins.add(chemin + "[]");
                }
            } else if (c.getType().isRecord()) {
                champs(c.getType(), chemin + ".", chemins);
            } else {
                chemins.add(chemin);
            }
        }
    }

    private static java.util.Set<String> champs(List<Noeud> noeuds) {
        java.util.Set<String> chemins = new java.util.TreeSet<>();
        champs(noeuds, "", chemins);
        return chemins;
    }

    private static void champs(List<Noeud> noeuds, String prefixe, java.util.Set<String> chemins) {
        for (Noeud n : noeuds) {
            switch (n) {
                case Valeur v -> chemins.add(prefixe + v.json());
                case Bloc b -> champs(b.enfants(), b.json() == null ? prefixe : prefixe + b.json() + ".", chemins);
                case Liste l -> {
                    if (l.item() instanceof Bloc b) {
                        champs(b.enfants(), prefixe + l.json() + "[].", chemins);
                    } else {
                        chemins.add(prefixe + l.json() + "[]");
                    }
                }
            }
        }
    }

}
