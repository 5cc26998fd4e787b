package fr.sne.echanges.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.referentiel.internal.NomenclaturesCsv;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON → XML → JSON carries the same data: a demande's content drawn at random, every field of
 * {@link ContenuDemande} present or absent at every depth (found by reflection, not from the XML shape), codes from
 * the SNE lists, texts with what XML must escape or normalises (&amp;, &lt;, quotes, tabs, line breaks, carriage
 * returns, spaces at the ends, letters beyond Latin), written by the writer, valid against demande-1.0.xsd, read
 * back by the API's reader: the same content. An empty block and an absent one are the same data (the writer always
 * writes the block); so are a missing list and an empty one.
 */
class AllerRetourXmlTest {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final NomenclaturesCsv NOMENCLATURES = new NomenclaturesCsv();

    /** The coded fields (by their name in the record) and the list their codes come from. */
    static final Map<String, String> LISTES = Map.ofEntries(
            Map.entry("civilite", "ListeCivilite"), Map.entry("sexe", "ListeSexe"),
            Map.entry("nationalite", "ListeNationalite"), Map.entry("situationFamiliale", "ListeSituationFamiliale"),
            Map.entry("lienDemandeur", "ListeLienDemandeur"), Map.entry("lienParente", "ListeLienParente"),
            Map.entry("typeContrat", "ListeTypeContratTravail"), Map.entry("type", "ListeRessourceRecue"),
            Map.entry("modele", "ListeModeleLogement"), Map.entry("motifs", "ListeMotifDemande"),
            Map.entry("typesLogement", "ListeTypeLogement"), Map.entry("categorie", "ListeCategorieLogementRecherche"));

    static final String[] MORCEAUX = {"Dupont", "é", "ß", "Łódź", "中文", "😀", "&", "<", ">", "\"", "'", " ", "\t",
        "\n", "\r\n", "  ", "]]>", "&amp;", "x"};

    @Property(tries = 300)
    void le_json_passe_par_le_xml_sans_perte(@ForAll long graine) {
        Random hasard = new Random(graine);
        JsonNode origine = JSON.valueToTree(tirer(ContenuDemande.class, hasard, 0));

        String xml = XmlEssai.demande(JSON.writeValueAsString(origine));
        byte[] octets = xml.getBytes(StandardCharsets.UTF_8);
        XmlEssai.valider("demande-1.0.xsd", octets);
        JsonNode relu = JSON.readTree(XmlEssai.lire(octets));

        ContenuDemande attendu = JSON.treeToValue(sansBlocsVides(origine), ContenuDemande.class);
        assertThat(JSON.treeToValue(relu, ContenuDemande.class)).as(xml).isEqualTo(attendu);
    }

    /** The content with every block that holds no value removed, at every depth (list items kept). */
    static JsonNode sansBlocsVides(JsonNode noeud) {
        if (noeud.isObject()) {
            ObjectNode copie = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> champ : noeud.properties()) {
                JsonNode valeur = sansBlocsVides(champ.getValue());
                if (!valeur.isNull() && !(valeur.isObject() && valeur.isEmpty())) {
                    copie.set(champ.getKey(), valeur);
                }
            }
            return copie;
        }
        if (noeud.isArray()) {
            var copie = JSON.createArrayNode();
            noeud.forEach(item -> copie.add(item.isObject() ? sansBlocsVides(item) : item));
            return copie;
        }
        return noeud;
    }

    /** A record of this type, each field drawn (a third of them absent). */
    static Object tirer(Class<?> type, Random hasard, int profondeur) {
        RecordComponent[] champs = type.getRecordComponents();
        Object[] valeurs = new Object[champs.length];
        Class<?>[] types = new Class<?>[champs.length];
        for (int i = 0; i < champs.length; i++) {
            types[i] = champs[i].getType();
            valeurs[i] = champ(champs[i], hasard, profondeur);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(valeurs);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object champ(RecordComponent champ, Random hasard, int profondeur) {
        Class<?> type = champ.getType();
        if (List.class.equals(type)) {
            Class<?> item = (Class<?>) ((ParameterizedType) champ.getGenericType()).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (int n = hasard.nextInt(profondeur > 1 ? 2 : 4); n > 0; n--) {
                items.add(item.isRecord() ? tirer(item, hasard, profondeur + 1) : texte(champ.getName(), hasard));
            }
            return items;
        }
        if (hasard.nextInt(3) == 0) {
            return null;
        }
        if (type.isRecord()) {
            return tirer(type, hasard, profondeur + 1);
        }
        if (String.class.equals(type)) {
            return texte(champ.getName(), hasard);
        }
        if (LocalDate.class.equals(type)) {
            return LocalDate.of(1900 + hasard.nextInt(200), 1 + hasard.nextInt(12), 1 + hasard.nextInt(28));
        }
        if (Integer.class.equals(type)) {
            return hasard.nextInt(2) == 0 ? hasard.nextInt(100) : hasard.nextInt();
        }
        if (BigDecimal.class.equals(type)) {
            return BigDecimal.valueOf(hasard.nextLong(1_000_000_000L), hasard.nextInt(3));
        }
        if (Boolean.class.equals(type)) {
            return hasard.nextBoolean();
        }
        throw new IllegalStateException("type non tiré : " + type + " (" + champ.getName() + ")");
    }

    private static String texte(String champ, Random hasard) {
        String liste = LISTES.get(champ);
        if (liste != null) {
            List<String> codes = List.copyOf(NOMENCLATURES.liste(liste).keySet());
            return codes.get(hasard.nextInt(codes.size()));
        }
        if (champ.startsWith("commune")) {
            return String.format("%05d", hasard.nextInt(100_000));
        }
        StringBuilder texte = new StringBuilder();
        for (int n = hasard.nextInt(6); n > 0; n--) {
            texte.append(MORCEAUX[hasard.nextInt(MORCEAUX.length)]);
        }
        return texte.toString();
    }
}
